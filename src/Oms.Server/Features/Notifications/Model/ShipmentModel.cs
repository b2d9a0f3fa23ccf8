namespace Oms.Server.Features.Notifications.Model;

/// <summary>A parcel; <see cref="TrackingUrl"/> is nil when the carrier is unknown or has no tracking URL template.</summary>
public sealed record ShipmentModel(string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt,
    IReadOnlyList<LineModel> Lines);
