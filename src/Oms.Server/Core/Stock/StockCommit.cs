using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Server.Core.Stock;

/// <summary>The rows a command changed, as they stand after it, and the journal lines that say how they got there.</summary>
public sealed class StockCommit
{
    private readonly Dictionary<(string Location, string Sku), StockRowView> _rows = [];
    private readonly List<StockMovement> _movements = [];
    private readonly HashSet<(string Location, string Sku)> _counted = [];
    private readonly HashSet<(string Location, string Sku)> _increased = [];
    private readonly HashSet<(string Location, string Sku)> _physical = [];

    public IReadOnlyCollection<StockRowView> Rows => _rows.Values;
    public IReadOnlyList<StockMovement> Movements => _movements;
    /// <summary>Rows an absolute count touched: their open discrepancies are resolved.</summary>
    public IReadOnlyCollection<(string Location, string Sku)> Counted => _counted;
    /// <summary>Rows whose on-hand went up: back-orders of the SKU may now be served.</summary>
    public IReadOnlyCollection<(string Location, string Sku)> Increased => _increased;
    /// <summary>Rows goods physically left (till, shipment, collection): the books may now disagree with the shelf.</summary>
    public IReadOnlyCollection<(string Location, string Sku)> Departed => _physical;

    internal void Record(StockOp op, StockRowView? before, StockRowView after, DateTime now, string actor)
    {
        var key = (after.LocationCode, after.Sku);
        _rows[key] = after;
        var onHandBefore = before?.OnHand ?? op.Kind switch
        {
            StockOpKind.Consume or StockOpKind.Sell => after.OnHand + op.Quantity,
            _ => after.OnHand,
        };
        var reservedChange = op.Kind switch
        {
            StockOpKind.Reserve => op.Quantity,
            StockOpKind.Release or StockOpKind.Consume => -op.Quantity,
            _ => 0,
        };
        var onHandChange = after.OnHand - onHandBefore;
        if (op.Kind == StockOpKind.Count) _counted.Add(key);
        if (onHandChange > 0) _increased.Add(key);
        if (op.Kind is StockOpKind.Consume or StockOpKind.Sell) _physical.Add(key);
        _movements.Add(new StockMovement(Ids.Next(now), now, after.LocationCode, after.Sku, op.MovementKind, onHandChange, reservedChange,
            after.OnHand, after.Reserved, op.Source.Kind, op.Source.Reference, op.Source.Reason, actor));
    }
}
