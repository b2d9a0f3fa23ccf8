using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>A parcel; <see cref="TrackingStatus"/> is the carrier's latest milestone (null before its first tracking update),
/// <see cref="TrackingStatusAt"/> when the carrier says it happened, <see cref="TrackingLocation"/> where, when it said.</summary>
public sealed record ShipmentResponse(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber,
    DateTime ShippedAt, DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds, ShipmentTrackingStatus? TrackingStatus = null,
    DateTime? TrackingStatusAt = null, string? TrackingLocation = null)
{
    public static ShipmentResponse From(Order o, Shipment s)
        => new(s.Id, s.FulfilmentOrderId, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt,
            [.. o.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.Id)], s.TrackingStatus, s.TrackingStatusAt, s.TrackingLocation);
}
