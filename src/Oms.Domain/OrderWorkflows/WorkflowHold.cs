using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// A hold of a workflow entry. <see cref="Before"/> is the step it gates (the order waits before that step until a
/// person lifts the hold); <see cref="WorkflowHoldKind.PayInStore"/> gates none. A manual approval may apply only
/// to orders whose total is above an amount per currency.
/// </summary>
public sealed record WorkflowHold
{
    private WorkflowHold(WorkflowHoldKind kind, WorkflowStep? before, IReadOnlyDictionary<string, decimal> totalAbove)
        => (Kind, Before, TotalAbove) = (kind, before, totalAbove);

    public WorkflowHoldKind Kind { get; }
    public WorkflowStep? Before { get; }
    /// <summary>Empty: the hold always applies.</summary>
    public IReadOnlyDictionary<string, decimal> TotalAbove { get; }

    /// <summary>A person approves the order before <paramref name="before"/>; with <paramref name="totalAbove"/>, only orders above that total.</summary>
    public static WorkflowHold ManualApproval(WorkflowStep before, IReadOnlyDictionary<string, decimal>? totalAbove = null)
    {
        var errors = new ConfigErrors();
        var amounts = CurrencyAmounts.Normalize(totalAbove, "totalAbove", errors, required: false);
        errors.ThrowIfAny("The manual approval hold");
        return new(WorkflowHoldKind.ManualApproval, before, amounts);
    }

    public static readonly WorkflowHold ManualRelease = new(WorkflowHoldKind.ManualRelease, WorkflowStep.Release, new Dictionary<string, decimal>());
    public static readonly WorkflowHold PayInStore = new(WorkflowHoldKind.PayInStore, null, new Dictionary<string, decimal>());

    /// <summary>
    /// Whether the hold applies to an order with this total. An order in a currency the threshold does not list is
    /// held: when the amount cannot be judged, a person looks (fail safe).
    /// </summary>
    public bool AppliesTo(Money orderTotal)
        => TotalAbove.Count == 0
           || !TotalAbove.TryGetValue(orderTotal.Currency, out var limit)
           || orderTotal.Amount > limit;

    public override string ToString() => Kind switch
    {
        WorkflowHoldKind.ManualApproval when TotalAbove.Count > 0 =>
            $"manual approval before {ConfigNames.Of(Before!.Value)} for totals above {string.Join(" / ", TotalAbove.Select(kv => new Money(kv.Value, kv.Key)))}",
        WorkflowHoldKind.ManualApproval => $"manual approval before {ConfigNames.Of(Before!.Value)}",
        WorkflowHoldKind.ManualRelease => "manual release",
        _ => "pay in store",
    };
}
