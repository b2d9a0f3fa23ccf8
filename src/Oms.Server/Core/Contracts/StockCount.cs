namespace Oms.Server.Core.Contracts;

/// <summary>The on-hand count of one SKU, and optionally its new safety stock.</summary>
public sealed record StockCount(string Sku, int OnHand, int? SafetyStock = null);
