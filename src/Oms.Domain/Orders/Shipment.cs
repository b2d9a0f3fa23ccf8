using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>A parcel handed to a carrier.</summary>
public sealed class Shipment
{
    private Shipment() { Carrier = null!; TrackingNumber = null!; }

    internal Shipment(Guid id, Guid orderId, Guid fulfilmentOrderId, string carrier, string trackingNumber, DateTime shippedAt)
    {
        Id = id;
        OrderId = orderId;
        FulfilmentOrderId = fulfilmentOrderId;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = shippedAt;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid FulfilmentOrderId { get; private set; }
    public string Carrier { get; private set; }
    public string TrackingNumber { get; private set; }
    public DateTime ShippedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }

    /// <summary>The latest milestone of the carrier's tracking, when the carrier said it happened, and where; null until the
    /// first tracking event.</summary>
    public ShipmentTrackingStatus? TrackingStatus { get; private set; }
    public DateTime? TrackingStatusAt { get; private set; }
    public string? TrackingLocation { get; private set; }

    internal void MarkDelivered(DateTime at) => DeliveredAt = at;

    internal void Track(ShipmentTrackingStatus status, DateTime occurredAt, string? where)
        => (TrackingStatus, TrackingStatusAt, TrackingLocation) = (status, occurredAt, where is null ? null : TextLimit.Clip(where, 200));
}
