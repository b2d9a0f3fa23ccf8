using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// Which processing steps and holds an order gets, per channel and order type: a list of entries, stored as a
/// versioned document (the server reads and writes it) and changed at runtime. The version is assigned by the
/// store and is not part of the document.
/// </summary>
public sealed class OrderWorkflowDefinition
{
    /// <summary>Refuses an empty list, duplicate entry names, and two entries that could claim the same order at the same specificity.</summary>
    public OrderWorkflowDefinition(IReadOnlyList<WorkflowEntry> entries, int version = 0)
    {
        var errors = new ConfigErrors();
        if (version < 0) errors.Add("version", $"version must not be negative (was {version}).");
        if (entries.Count == 0) errors.Add("entries", "A workflow definition needs at least one entry.");
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(entries[i].Name, entries[j].Name, StringComparison.OrdinalIgnoreCase))
                    errors.Add($"entries[{i}].name", $"The name '{entries[i].Name}' is already used by entries[{j}].");
                else if (entries[i].IsDefault && entries[j].IsDefault)
                    errors.Add($"entries[{i}]", $"At most one default entry (no channels, no order types); entries[{j}] is one already.");
                else if (entries[i].Specificity == entries[j].Specificity && entries[i].Overlaps(entries[j]))
                    errors.Add($"entries[{i}]", $"It claims orders that entries[{j}] ('{entries[j].Name}') also claims at the same specificity; which one applies would be ambiguous.");
            }
        }
        errors.ThrowIfAny("The workflow definition");
        Entries = [.. entries];
        Version = version;
    }

    public IReadOnlyList<WorkflowEntry> Entries { get; }
    /// <summary>The stored version this definition was loaded from; 0 for one not (yet) stored, such as <see cref="Default"/>.</summary>
    public int Version { get; }

    public OrderWorkflowDefinition WithVersion(int version) => new(Entries, version);

    /// <summary>
    /// The workflow for an order. The most specific matching entry wins: one naming both the channel and the order
    /// type, then one naming the channel, then one naming the order type, then the default entry. The constructor
    /// guarantees at most one entry per level can match. With no match and no default, the order is refused.
    /// </summary>
    public ResolvedWorkflow Resolve(string channel, OrderType type)
    {
        var code = Guard.NotEmpty(channel, "channel");
        var entry = Entries.Where(e => e.Matches(code, type)).MaxBy(e => e.Specificity)
            ?? throw new BusinessRuleException("channel",
                $"No order workflow applies to channel '{code}' and order type {ConfigNames.Of(type)}, and the definition has no default entry.");
        return new ResolvedWorkflow(entry.Name, Version, entry.Steps, entry.Holds);
    }

    /// <summary>
    /// Commercial defaults. POS: payment is taken at the till before the order exists, whatever its type, so no
    /// fraud check and no authorisation. Reserve-and-collect: paid in the store at collection. Call center (agent
    /// orders) and everything else: validation, fraud check, authorisation, sourcing, automatic release.
    /// </summary>
    public static OrderWorkflowDefinition Default { get; } = BuildDefault();

    private static OrderWorkflowDefinition BuildDefault()
    {
        WorkflowStep[] full = [WorkflowStep.Validation, WorkflowStep.FraudCheck, WorkflowStep.PaymentAuthorisation, WorkflowStep.Sourcing, WorkflowStep.Release];
        WorkflowStep[] paidElsewhere = [WorkflowStep.Validation, WorkflowStep.Sourcing, WorkflowStep.Release];
        return new(
        [
            new("pos", ["pos"], null, paidElsewhere),
            new("reserve-and-collect", null, [OrderType.ReserveAndCollect], paidElsewhere, [WorkflowHold.PayInStore]),
            new("call-center", ["callcenter"], null, full),
            new("default", null, null, full),
        ]);
    }
}
