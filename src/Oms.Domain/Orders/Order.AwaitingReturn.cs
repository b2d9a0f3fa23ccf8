using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Orders;

/// <summary>
/// The replacement order of an exchange released only when the return's goods are in: it runs its workflow up to the
/// release (fraud check, payment, sourcing: the stock is reserved), then waits under a <see cref="HoldKind.AwaitingReturn"/>
/// hold that the receipt lifts.
/// </summary>
public sealed partial class Order
{
    /// <summary>Puts the order on an awaiting-return hold for return <paramref name="returnNumber"/>.</summary>
    public void AwaitReturn(string returnNumber, DateTime now, Actor actor)
        => PlaceHold(HoldKind.AwaitingReturn,
            $"exchange for return {Guard.NotEmpty(returnNumber, "returnNumber")}: released when its goods are received", now, actor);

    /// <summary>The goods of return <paramref name="returnNumber"/> came in: lifts the awaiting-return hold, if still active.</summary>
    /// <returns>Whether a hold was lifted.</returns>
    public bool ReturnArrived(string returnNumber, DateTime now, Actor actor)
    {
        if (ActiveHold(HoldKind.AwaitingReturn) is null) return false;
        LiftHold(HoldKind.AwaitingReturn, $"the goods of return {Guard.NotEmpty(returnNumber, "returnNumber")} were received", now,
            actor);
        return true;
    }

    /// <summary>
    /// Whether an active hold keeps the workflow from running <paramref name="step"/>: every hold does, except an
    /// awaiting-return hold, which holds back only the release.
    /// </summary>
    public bool HoldsBack(WorkflowStep step)
        => _holds.Exists(h => h.IsActive && (h.Kind != HoldKind.AwaitingReturn || step == WorkflowStep.Release));
}
