namespace Oms.Ui.Api.Models;

/// <summary>A SKU's stock per location (GET /api/stock/{sku}).</summary>
public sealed record StockAvailability(string Sku, long OnHand, long Reserved, long AvailableToPromise,
    IReadOnlyList<StockPosition> Locations);
