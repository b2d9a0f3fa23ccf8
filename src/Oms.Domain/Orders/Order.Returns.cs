using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// The order's side of a return: the return order is its own aggregate (src/Oms.Domain/Returns), but asking for one is
/// recorded on the order too, so that the order's timeline shows it and the order's version moves. The version move is
/// what serialises two returns racing for the same units: the loser's save fails on the version and runs again.
/// </summary>
public sealed partial class Order
{
    /// <summary>Records that return <paramref name="returnNumber"/> was asked for; <paramref name="summary"/> says what it takes.</summary>
    public void RecordReturnRequested(Guid returnId, string returnNumber, string summary, DateTime now, Actor actor)
    {
        returnNumber = Guard.NotEmpty(returnNumber, "returnNumber");
        Record(now, actor, "return.requested", $"Return {returnNumber} requested: {Guard.NotEmpty(summary, "summary")}", null, returnId);
        Refresh(now);
    }
}
