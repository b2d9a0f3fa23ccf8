using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

/// <summary>A fulfilment point's counts of several SKUs, applied in one command.</summary>
[RequiredFields("items")]
public sealed record StockSnapshotRequest(IReadOnlyList<StockSnapshotLine?>? Items, string? Reason = null);
