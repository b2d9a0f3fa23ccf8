using System.Text.Json;
using Oms.Domain.Orders;

namespace Oms.Server.Features.Notifications;

/// <summary>Which event sends which notification, and the names the API and the templates use for them (<c>orderConfirmed</c>).</summary>
public static class NotificationCatalogue
{
    /// <summary>The key part that stands for every channel (<c>*:shipped</c>) or every notification (<c>web:*</c>).</summary>
    public const string Any = "*";

    private static readonly Dictionary<string, NotificationKind> ByEvent = new(StringComparer.Ordinal)
    {
        ["order.captured"] = NotificationKind.OrderConfirmed,
        ["shipment.created"] = NotificationKind.Shipped,
        ["line.ready-for-pickup"] = NotificationKind.ReadyForPickup,
        [Order.PickupReminderType] = NotificationKind.PickupReminder,
        ["order.cancelled"] = NotificationKind.Cancelled,
        ["shipment.out-for-delivery"] = NotificationKind.OutForDelivery,
        ["shipment.delivery-failed"] = NotificationKind.DeliveryFailed,
        ["shipment.at-pickup-point"] = NotificationKind.AtPickupPoint,
        ["shipment.delivered"] = NotificationKind.Delivered,
    };

    private static readonly Dictionary<string, NotificationKind> ByName =
        Enum.GetValues<NotificationKind>().ToDictionary(Name, k => k, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> EventTypes => ByEvent.Keys;

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryForEvent(string eventType, out NotificationKind kind) => ByEvent.TryGetValue(eventType, out kind);

    public static bool TryParse(string? name, out NotificationKind kind) => ByName.TryGetValue(name ?? "", out kind);

    /// <summary><see cref="NotificationKind.ReadyForPickup"/> → <c>readyForPickup</c>.</summary>
    public static string Name(NotificationKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The notifications about one parcel: the event names the shipment and the template sees it.</summary>
    public static bool IsAboutShipment(NotificationKind kind) => kind is NotificationKind.Shipped or NotificationKind.OutForDelivery
        or NotificationKind.DeliveryFailed or NotificationKind.AtPickupPoint or NotificationKind.Delivered;

    public static string EventOf(NotificationKind kind) => ByEvent.First(e => e.Value == kind).Key;
}
