namespace Oms.Server.Features.Tracking;

/// <summary>A parcel: its carrier, tracking number and, when the carrier has one, the tracking page.</summary>
public sealed record OrderStatusShipment(string Carrier, string TrackingNumber, Uri? TrackingUrl, DateTime ShippedAt, DateTime? DeliveredAt,
    IReadOnlyList<int> LineNumbers);
