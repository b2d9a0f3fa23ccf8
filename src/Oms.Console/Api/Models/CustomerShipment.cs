namespace Oms.Ui.Api.Models;

/// <summary>A parcel as the customer sees it.</summary>
public sealed record CustomerShipment(string Carrier, string TrackingNumber, Uri? TrackingUrl, DateTime ShippedAt, DateTime? DeliveredAt,
    IReadOnlyList<int> LineNumbers);
