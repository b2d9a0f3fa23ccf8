using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

public sealed record HoldRef(Guid Id, HoldKind Kind, string Reason, bool Active, string? LiftedBy)
{
    public static HoldRef From(OrderHold h) => new(h.Id, h.Kind, h.Reason, h.IsActive, h.LiftedBy);
}
