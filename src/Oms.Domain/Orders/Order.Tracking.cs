using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>
/// The carrier's tracking of an outbound parcel. Carriers resend webhooks and deliver them out of order: the receiver drops
/// repeats by the carrier's event id, and here an update older than the shipment's latest milestone, or anything but a
/// delivery once the parcel is delivered, changes nothing, so a late "in transit" never moves a delivered shipment back.
/// </summary>
public sealed partial class Order
{
    /// <summary>
    /// Records a tracking milestone of a shipment as a <c>shipment.{status}</c> timeline entry and applies it: delivered or
    /// collected from the pickup point delivers the lines (as <see cref="Deliver"/>); returned to sender puts the order on a
    /// <see cref="HoldKind.ReturnedToSender"/> hold for a person.
    /// </summary>
    /// <returns>False when the update is stale (older than the latest milestone, or after the delivery) and changed nothing.</returns>
    public bool RecordTracking(Guid shipmentId, ShipmentTrackingStatus status, string carrierWords, DateTime occurredAt, string? where,
        DateTime now, Actor actor)
    {
        var shipment = _shipments.Find(s => s.Id == shipmentId) ?? throw new NotFoundException("Shipment", shipmentId.ToString());
        var delivers = status is ShipmentTrackingStatus.Delivered or ShipmentTrackingStatus.CollectedFromPickupPoint;
        if (shipment.DeliveredAt is not null && (!delivers || shipment.TrackingStatus is { } known && IsDelivery(known))) return false;
        // A delivery is the end whenever it happened; any other update counts only if it is not older than the latest.
        if (!delivers && shipment.TrackingStatusAt is { } latest && occurredAt < latest) return false;

        if (status != ShipmentTrackingStatus.Other) shipment.Track(status, occurredAt, where);
        var at = where is null ? "" : $" at {where}";
        Record(now, actor, TrackingEventType(status),
            $"Shipment {shipment.TrackingNumber} ({shipment.Carrier}): {Words(status)}{at}, {occurredAt:yyyy-MM-dd HH:mm} UTC " +
                $"({carrierWords}).", null, shipment.Id);
        if (delivers && shipment.DeliveredAt is null) Deliver(shipment.Id, now, actor);
        else if (status == ShipmentTrackingStatus.ReturnedToSender) HoldReturnedParcel(shipment, now, actor);
        Refresh(now);
        return true;
    }

    /// <summary>The timeline (and event) type of a tracking milestone: <c>shipment.out-for-delivery</c>.</summary>
    public static string TrackingEventType(ShipmentTrackingStatus status) => status switch
    {
        ShipmentTrackingStatus.InTransit => "shipment.in-transit",
        ShipmentTrackingStatus.OutForDelivery => "shipment.out-for-delivery",
        ShipmentTrackingStatus.Delivered => "shipment.delivered",
        ShipmentTrackingStatus.FailedAttempt => "shipment.delivery-failed",
        ShipmentTrackingStatus.ArrivedAtPickupPoint => "shipment.at-pickup-point",
        ShipmentTrackingStatus.CollectedFromPickupPoint => "shipment.collected-from-pickup-point",
        ShipmentTrackingStatus.ReturnedToSender => "shipment.returned-to-sender",
        _ => "shipment.tracking-other",
    };

    private static bool IsDelivery(ShipmentTrackingStatus status)
        => status is ShipmentTrackingStatus.Delivered or ShipmentTrackingStatus.CollectedFromPickupPoint;

    private void HoldReturnedParcel(Shipment shipment, DateTime now, Actor actor)
    {
        var lines = string.Join(", ", _lines.Where(l => l.ShipmentId == shipment.Id).OrderBy(l => l.LineNumber).Select(l => l.LineNumber));
        PlaceHold(HoldKind.ReturnedToSender,
            $"Shipment {shipment.TrackingNumber} ({shipment.Carrier}) goes back to the sender: line(s) {lines} need a person " +
                "(send again, or refund once the goods are back).", now, actor);
    }

    private static string Words(ShipmentTrackingStatus status) => status switch
    {
        ShipmentTrackingStatus.InTransit => "in transit",
        ShipmentTrackingStatus.OutForDelivery => "out for delivery",
        ShipmentTrackingStatus.Delivered => "delivered",
        ShipmentTrackingStatus.FailedAttempt => "delivery attempt failed",
        ShipmentTrackingStatus.ArrivedAtPickupPoint => "arrived at the pickup point",
        ShipmentTrackingStatus.CollectedFromPickupPoint => "collected from the pickup point",
        ShipmentTrackingStatus.ReturnedToSender => "returned to sender",
        _ => "tracking update",
    };
}
