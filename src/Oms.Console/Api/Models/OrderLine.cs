namespace Oms.Ui.Api.Models;

/// <summary>An order line and its state.</summary>
public sealed record OrderLine(Guid Id, int LineNumber, string Sku, int Quantity, decimal UnitPrice, decimal Total, string DeliveryMethod,
    string? PickupLocation, string Status, string? FulfilmentLocation, string? CancelReason, string? ExceptionReason, int ReturnedQuantity,
    int RefundedQuantity, decimal RefundedAmount);
