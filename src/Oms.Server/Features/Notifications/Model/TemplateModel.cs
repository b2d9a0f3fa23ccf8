namespace Oms.Server.Features.Notifications.Model;

/// <summary>
/// What a notification template sees, as Liquid names it (snake_case): <c>order</c>, <c>customer</c>, <c>channel</c>,
/// and, when the notification is about one, <c>shipment</c>, <c>pickup</c> or <c>cancellation</c> (nil otherwise).
/// Times are in the local time of the store, or of <c>Notifications:TimeZone</c>.
/// </summary>
public sealed record TemplateModel(
    string Notification,
    OrderModel Order,
    CustomerModel Customer,
    ChannelModel Channel,
    ShipmentModel? Shipment = null,
    PickupModel? Pickup = null,
    CancellationModel? Cancellation = null);
