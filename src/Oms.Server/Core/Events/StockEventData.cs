namespace Oms.Server.Core.Events;

/// <summary>A stock row as it stands after a command, with the movements that command made to it.</summary>
public sealed record StockEventData(string Sku, string Location, int OnHand, int Reserved, int SafetyStock, int AvailableToPromise,
    IReadOnlyList<StockMovementRef> Movements);
