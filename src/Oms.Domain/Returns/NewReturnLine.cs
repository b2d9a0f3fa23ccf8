namespace Oms.Domain.Returns;

/// <summary>One order line's units to come back.</summary>
/// <param name="UnitRefundBasis">What one unit is worth to the refund (the calculator's per-unit amount), for display.</param>
/// <param name="ReplacementSku">For an exchange: the item that goes out instead.</param>
public sealed record NewReturnLine(Guid OrderLineId, string Sku, int Quantity, decimal UnitRefundBasis, string? ReplacementSku = null);
