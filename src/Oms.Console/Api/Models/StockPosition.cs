namespace Oms.Ui.Api.Models;

/// <summary>One location's stock of a SKU.</summary>
public sealed record StockPosition(string Location, string LocationType, int OnHand, int Reserved, int SafetyStock, int AvailableToPromise,
    DateTime UpdatedAt);
