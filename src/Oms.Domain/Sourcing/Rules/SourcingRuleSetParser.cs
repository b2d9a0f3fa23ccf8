using System.Text.Json;
using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>
/// The JSON format of a rule set (ADR-worthy: one document per rule set, validated on save, stored as its canonical
/// text). Property names are camelCase; enum values match case-insensitively and are written camelCase like the API;
/// comments and trailing commas are accepted on input.
/// </summary>
public static class SourcingRuleSetParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Parses and validates a rule set document. An invalid one throws <see cref="BusinessRuleException"/> with every
    /// problem found, keyed by JSON path (<c>filters[1].units</c>; <c>$</c> for the document itself).
    /// </summary>
    public static SourcingRuleSet Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new BusinessRuleException("$", "The rule set document is empty.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new BusinessRuleException("$", $"The rule set is not valid JSON: {ex.Message}");
        }
        using (document)
        {
            var errors = new RuleErrors();
            var ruleSet = new RuleSetReader(errors).Read(document.RootElement);
            return errors.Count == 0 && ruleSet is not null ? ruleSet : throw errors.ToException();
        }
    }

    /// <summary>The canonical document; <c>Parse(Serialize(r))</c> serialises to the same text.</summary>
    public static string Serialize(SourcingRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return RuleSetWriter.Write(ruleSet);
    }

    /// <summary>
    /// The built-in rules: the fewest shipments first; among plans with as many shipments, every shipped line from the
    /// central location when it holds the whole quantity, otherwise from the nearest shipping location that does (the
    /// foundation's fixed rule, exactly, for a one-line order); a pickup line from the chosen store only; no line split.
    /// </summary>
    public static SourcingRuleSet Default { get; } = new(
        "default",
        filters: [],
        rankers: [new PriorityRanker(100_000, [SourcingRuleSet.CentralLocationAlias]), new DistanceRanker(1)],
        limits: SourcingLimits.None,
        pickupSourcing: PickupSourcing.ChosenStoreOnly,
        fewerShipmentsFirst: true);
}
