using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

[RequiredFields("sku", "onHand")]
public sealed record StockSnapshotLine(string? Sku, int? OnHand, int? SafetyStock);
