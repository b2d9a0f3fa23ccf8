namespace Oms.Ui.Api.Models;

/// <summary>
/// Units of a SKU a location can hand over or ship; with the distance from the customer when asked for stores near them
/// (GET /api/availability/{sku}/stores).
/// </summary>
public sealed record StockAtLocation(string Location, string Name, string Type, int AvailableToSell, double? DistanceKm);
