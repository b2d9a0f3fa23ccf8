namespace Oms.Ui.Api.Models;

/// <summary>What a channel can sell of a SKU now, in total and per location (GET /api/availability/{sku}).</summary>
public sealed record ChannelAvailability(string Sku, string Channel, int AvailableToSell, IReadOnlyList<StockAtLocation> Locations);
