using Oms.Domain.Inventory;

namespace Oms.Server.Core.Stock;

/// <summary>Why stock moves, for the journal: what caused it (an order, a count…), its reference and a reason.</summary>
public sealed record StockSource(StockMovementSource Kind, string? Reference, string? Reason)
{
    public static StockSource Order(string orderNumber, string reason) => new(StockMovementSource.Order, orderNumber, reason);
}
