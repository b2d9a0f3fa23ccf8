namespace Oms.Server.Features.Network.Imports;

/// <summary>One stock row: the absolute on-hand count of a SKU at a location, and optionally its safety stock.</summary>
public sealed record StockRowRequest(string? Location, string? Sku, int? OnHand, int? SafetyStock = null);
