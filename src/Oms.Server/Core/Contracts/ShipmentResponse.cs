using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// A parcel; <c>trackingStatus</c> is the carrier's latest milestone (null before its first tracking update),
/// <c>trackingStatusAt</c> when the carrier says it happened, <c>trackingLocation</c> where, when it said.
/// </summary>
public sealed record ShipmentResponse(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber,
    DateTime ShippedAt, DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds, ShipmentTrackingStatus? TrackingStatus = null,
    DateTime? TrackingStatusAt = null, string? TrackingLocation = null)
{
    public static ShipmentResponse From(Order o, Shipment s)
        => new(s.Id, s.FulfilmentOrderId, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt,
            [.. o.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.Id)], s.TrackingStatus, s.TrackingStatusAt, s.TrackingLocation);
}
