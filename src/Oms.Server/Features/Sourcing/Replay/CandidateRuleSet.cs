using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// A rule set to try for a key without saving it: a document (validated exactly as a save would, errors under
/// <c>document.…</c>) or a saved version of the key. Which rule set a line gets is then resolved as capture resolves it,
/// with the candidate standing in for the key's active version.
/// </summary>
public sealed record CandidateRuleSet(string Key, SourcingRuleSet Rules, string Label)
{
    public static async Task<CandidateRuleSet> LoadAsync(OmsDbContext db, string? key, int? version, JsonElement? document, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new BusinessRuleException("key", "key is required: the rule-set key the candidate is for.");
        await SourcingRuleSets.CheckKeyAsync(db, key, ct);
        var hasDocument = document is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
        if (hasDocument == version.HasValue)
            throw new BusinessRuleException("document", "Give either document (a candidate rule set) or version (a saved version of the key), not both or neither.");
        if (hasDocument)
        {
            var rules = SourcingRuleSetDocuments.ToModel(DocumentBody.Read<SourcingRuleSetDocument>(document, "document"), "document");
            return new(key, rules, $"{key}@draft");
        }
        var saved = await db.ConfigurationVersions.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Kind == SourcingRuleSets.Kind && c.Key == key && c.Version == version, ct)
            ?? throw new BusinessRuleException("version", $"Rule set {key} has no version {version}.");
        return new(key, SourcingRuleSetDocuments.Read(saved.Document), $"{key}@{saved.Version}");
    }

    /// <summary>The rule set a line of <paramref name="channel"/> with <paramref name="method"/> gets: the most specific key
    /// with an active version, the candidate counting as the active version of its key.</summary>
    public (SourcingRuleSet Rules, string Label) Resolve(ReferenceSnapshot snapshot, string channel, DeliveryMethod method)
        => SourcingRuleSets.Resolve(snapshot, channel, method, (Key, Rules, Label));
}
