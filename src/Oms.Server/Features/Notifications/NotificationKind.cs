namespace Oms.Server.Features.Notifications;

/// <summary>The e-mails the OMS sends to customers; each is sent on one event type (see <see cref="NotificationCatalogue"/>).</summary>
public enum NotificationKind
{
    OrderConfirmed,
    Shipped,
    ReadyForPickup,
    PickupReminder,
    Cancelled,
}
