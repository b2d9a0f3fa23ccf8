using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

/// <summary>A relative correction: a delta to on-hand and the reason the journal keeps (damaged, found, shrinkage).</summary>
[RequiredFields("delta")]
public sealed record AdjustStockRequest(int? Delta, string? Reason);
