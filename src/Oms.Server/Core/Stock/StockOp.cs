using Oms.Domain.Inventory;

namespace Oms.Server.Core.Stock;

/// <summary>One planned change to a stock row (or an expected receipt), applied at commit in the global lock order.</summary>
internal sealed record StockOp(StockOpKind Kind, string LocationCode, string Sku, int Quantity, StockSource Source)
{
    /// <summary>
    /// For <see cref="StockOpKind.Reserve"/>: the selling channel's share of available-to-promise (percent) and its safety stock.
    /// </summary>
    public int SharePercent { get; init; } = 100;
    public int ChannelSafety { get; init; }
    /// <summary>For <see cref="StockOpKind.Count"/>: the new safety stock, when given.</summary>
    public int? SafetyStock { get; init; }
    /// <summary>For promises: the expected receipt and the share of it that may be sold before it arrives.</summary>
    public Guid? ReceiptId { get; init; }
    public int LimitPercent { get; init; } = 100;

    public StockMovementKind MovementKind => Kind switch
    {
        StockOpKind.Reserve => StockMovementKind.Reserve,
        StockOpKind.Release => StockMovementKind.Release,
        StockOpKind.Consume => StockMovementKind.Consume,
        StockOpKind.Sell => StockMovementKind.Sell,
        StockOpKind.Count => StockMovementKind.Count,
        StockOpKind.Receive => StockMovementKind.Receive,
        _ => StockMovementKind.Adjust,
    };

    public bool IsReceiptOp => Kind is StockOpKind.Promise or StockOpKind.ReleasePromise;
}
