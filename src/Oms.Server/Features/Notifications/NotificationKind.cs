namespace Oms.Server.Features.Notifications;

/// <summary>The e-mails the OMS sends to customers; each is sent on one event type (see <see cref="NotificationCatalogue"/>).</summary>
public enum NotificationKind
{
    OrderConfirmed,
    Shipped,
    ReadyForPickup,
    PickupReminder,
    Cancelled,
    /// <summary>The carrier's tracking: the parcel is with the driver today.</summary>
    OutForDelivery,
    /// <summary>The carrier's tracking: a delivery attempt failed.</summary>
    DeliveryFailed,
    /// <summary>The carrier's tracking: the parcel waits at a pickup point.</summary>
    AtPickupPoint,
    /// <summary>The carrier's tracking: the parcel was delivered.</summary>
    Delivered,
}
