using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

/// <summary>An absolute count of one SKU at one location, optionally with a new safety stock and why.</summary>
[RequiredFields("onHand")]
public sealed record SetStockRequest(int? OnHand, int? SafetyStock, string? Reason = null);
