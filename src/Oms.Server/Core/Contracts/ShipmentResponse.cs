namespace Oms.Server.Core.Contracts;

public sealed record ShipmentResponse(Guid Id, Guid FulfilmentOrderId, string Carrier, string TrackingNumber,
    DateTime ShippedAt, DateTime? DeliveredAt, IReadOnlyList<Guid> LineIds);
