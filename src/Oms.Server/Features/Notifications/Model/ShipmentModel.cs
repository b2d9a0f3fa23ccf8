namespace Oms.Server.Features.Notifications.Model;

/// <summary>
/// A parcel; <see cref="TrackingUrl"/> is nil when the carrier is unknown or has no tracking URL template.
/// <see cref="TrackingStatus"/> is the carrier's latest milestone (<c>outForDelivery</c>, <c>arrivedAtPickupPoint</c>…),
/// <see cref="TrackingAt"/> when it happened and <see cref="TrackingLocation"/> where, in the carrier's words (the pickup
/// point); nil before the first tracking update or when the carrier does not say.
/// </summary>
public sealed record ShipmentModel(string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt,
    IReadOnlyList<LineModel> Lines, string? TrackingStatus = null, DateTimeOffset? TrackingAt = null, string? TrackingLocation = null,
    DateTimeOffset? DeliveredAt = null);
