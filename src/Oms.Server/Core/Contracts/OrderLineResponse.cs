using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record OrderLineResponse(
    Guid Id, int LineNumber, string Sku, int Quantity, decimal UnitPrice, decimal Discount, decimal Tax, decimal Total,
    DeliveryMethod DeliveryMethod, string? PickupLocation, AddressResponse? ShippingAddress, LineStatus Status,
    string? FulfilmentLocation, Guid? FulfilmentOrderId, Guid? ShipmentId, DateTime? PickupExpiresAt, string? CancelReason,
    IReadOnlyList<string> RejectedBy, Guid? ExpectedReceiptId, DateTime? PromisedFor, string? ExceptionReason = null, int ReturnedQuantity = 0, int RefundedQuantity = 0,
    decimal RefundedAmount = 0m, string? ChannelLineId = null);
