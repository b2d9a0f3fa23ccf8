namespace Oms.Server.Features.Inventory;

public sealed record StockSnapshotLine(string? Sku, int? OnHand, int? SafetyStock);
