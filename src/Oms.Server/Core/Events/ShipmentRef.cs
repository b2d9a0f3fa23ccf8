using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

public sealed record ShipmentRef(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber, DateTime ShippedAt,
    DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds)
{
    public static ShipmentRef From(Order o, Shipment s)
        => new(s.Id, s.FulfilmentOrderId, s.Carrier, s.TrackingNumber, s.ShippedAt, s.DeliveredAt,
        [.. o.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.Id)]);
}
