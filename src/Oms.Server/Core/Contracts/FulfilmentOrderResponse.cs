using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// The part of an order one location fulfils: its open lines, and the lines it gave back (<see cref="RejectedLines"/>), which
/// stay visible here after sourcing moved them elsewhere. The order's customer and, once a pickup has been staged at the
/// store, the moment it must be collected by (<see cref="CollectBy"/>: the earliest of its lines' pickup deadlines; null
/// before) come with it, so a store's list of pickups needs no read of each order.
/// </summary>
public sealed record FulfilmentOrderResponse(
    Guid Id, Guid OrderId, string OrderNumber, string Number, string Location, DeliveryMethod DeliveryMethod, string? TransferTo,
    FulfilmentOrderStatus Status, DateTime CreatedAt, DateTime? ReleasedAt, string? RejectReason,
    IReadOnlyList<FulfilmentLineResponse> Lines, IReadOnlyList<RejectedLineResponse> RejectedLines, CustomerResponse? Customer,
    DateTime? CollectBy)
{
    public static FulfilmentOrderResponse From(Order o, FulfilmentOrder f) => new(
        f.Id, o.Id, o.Number, f.Number, f.LocationCode, f.DeliveryMethod, f.TransferTo, f.Status, f.CreatedAt, f.ReleasedAt, f.RejectReason,
        [.. o.Lines.Where(l => l.FulfilmentOrderId == f.Id).OrderBy(l => l.LineNumber)
            .Select(l => new FulfilmentLineResponse(l.Id, l.LineNumber, l.Sku, l.Quantity, l.Status))],
        [.. f.Rejections.OrderBy(r => r.At).ThenBy(r => r.LineNumber)
            .Select(r => new RejectedLineResponse(r.LineId, r.LineNumber, r.Sku, r.Quantity, r.Reason, r.At, r.Actor))],
        CustomerResponse.Of(o),
        o.Lines.Where(l => l.FulfilmentOrderId == f.Id && l.PickupExpiresAt is not null).Min(l => l.PickupExpiresAt));
}
