namespace Oms.Server.Features.Inventory;

/// <summary>A SKU's stock per location and in total (64-bit totals: a network's sum can exceed a row's range).</summary>
public sealed record AvailabilityResponse(string Sku, long OnHand, long Reserved, long AvailableToPromise,
    IReadOnlyList<StockPositionResponse> Locations);
