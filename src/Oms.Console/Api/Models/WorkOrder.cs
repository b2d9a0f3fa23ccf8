namespace Oms.Ui.Api.Models;

/// <summary>A fulfilment order in a location's work queue (GET /api/fulfilment-orders), with the order it belongs to.</summary>
public sealed record WorkOrder(Guid Id, Guid OrderId, string OrderNumber, string Number, string Location, string DeliveryMethod,
    string Status, DateTime CreatedAt, DateTime? ReleasedAt, IReadOnlyList<FulfilmentLine> Lines);
