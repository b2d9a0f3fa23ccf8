namespace Oms.Domain.Orders;

/// <summary>
/// Where an outbound parcel is, as the carrier's tracking says (the carrier's own codes normalised by its adapter). Each
/// status is a timeline entry <c>shipment.{status}</c> (<see cref="Order.TrackingEventType"/>).
/// </summary>
public enum ShipmentTrackingStatus
{
    /// <summary>Collected, sorted, or on its way between hubs.</summary>
    InTransit,
    /// <summary>With the driver for the last mile.</summary>
    OutForDelivery,
    /// <summary>Handed to the customer: the lines are delivered.</summary>
    Delivered,
    /// <summary>A delivery attempt failed (nobody home, refused); the carrier usually tries again or returns it.</summary>
    FailedAttempt,
    /// <summary>Waiting for the customer at a pickup point (service point, locker).</summary>
    ArrivedAtPickupPoint,
    /// <summary>The customer collected it from the pickup point: the lines are delivered.</summary>
    CollectedFromPickupPoint,
    /// <summary>On its way back to the sender: the order goes on a returned-to-sender hold for a person.</summary>
    ReturnedToSender,
    /// <summary>A status that moves nothing (announced, address changed, a carrier exception), kept with the carrier's words.</summary>
    Other,
}
