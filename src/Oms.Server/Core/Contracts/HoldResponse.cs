using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record HoldResponse(Guid Id, HoldKind Kind, string Reason, bool Active, DateTime PlacedAt, DateTime? LiftedAt,
    string? LiftedBy, string? LiftReason)
{
    public static HoldResponse From(OrderHold h)
        => new(h.Id, h.Kind, h.Reason, h.IsActive, h.PlacedAt, h.LiftedAt, h.LiftedBy, h.LiftReason);
}
