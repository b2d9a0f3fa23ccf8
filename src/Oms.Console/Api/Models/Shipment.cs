namespace Oms.Ui.Api.Models;

/// <summary>A parcel on its way.</summary>
public sealed record Shipment(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber, DateTime ShippedAt, DateTime? DeliveredAt,
    IReadOnlyList<Guid> LineIds);
