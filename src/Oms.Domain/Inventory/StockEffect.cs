namespace Oms.Domain.Inventory;

/// <param name="ReceiptId">The expected receipt, for <see cref="StockEffectKind.ReleasePromise"/>.</param>
public sealed record StockEffect(StockEffectKind Kind, string LocationCode, string Sku, int Quantity, Guid? ReceiptId = null);
