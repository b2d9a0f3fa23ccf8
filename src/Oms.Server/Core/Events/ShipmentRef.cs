using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

/// <summary>The shipment an event is about, with the carrier's latest tracking milestone (null before the first).</summary>
public sealed record ShipmentRef(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber, DateTime ShippedAt,
    DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds, ShipmentTrackingStatus? TrackingStatus = null, DateTime? TrackingStatusAt = null)
{
    public static ShipmentRef From(Order o, Shipment s)
        => new(s.Id, s.FulfilmentOrderId, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt,
        [.. o.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.Id)], s.TrackingStatus, s.TrackingStatusAt);
}
