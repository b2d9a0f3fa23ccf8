namespace Oms.Ui.Api.Models;

/// <summary>
/// A fulfilment order in a location's work queue (GET /api/fulfilment-orders), with the order it belongs to, the order's
/// customer, and for a staged pickup the moment it must be collected by.
/// </summary>
public sealed record WorkOrder(Guid Id, Guid OrderId, string OrderNumber, string Number, string Location, string DeliveryMethod,
    string Status, DateTime CreatedAt, DateTime? ReleasedAt, IReadOnlyList<FulfilmentLine> Lines, Customer? Customer = null,
    DateTime? CollectBy = null);
