using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;

namespace Oms.Server.Core.Stock;

/// <summary>
/// What a command does to stock, planned in memory and applied at its commit. Reads through the plan see the database
/// plus what the command has planned so far, so that a command that releases and re-sources sees its own release.
/// At commit every change is applied as a conditional statement in one global order — stock rows by (SKU, location),
/// then expected receipts by id — whatever the command, so that no two commands can deadlock on stock. A reservation
/// that no longer fits (another command took the units since the read) throws <see cref="StockConflictException"/>,
/// and the command bus runs the command again on fresh stock.
/// </summary>
public sealed class StockPlan(OmsDbContext db, StockSettings settings)
{
    private readonly List<StockOp> _ops = [];

    public bool IsEmpty => _ops.Count == 0;

    /// <summary>Hold units for an order line; the row must have them free (and the channel's share of them) at commit.</summary>
    public void Reserve(string location, string sku, int quantity, StockSource source, ChannelAllocationRule? rule = null)
        => Add(new StockOp(StockOpKind.Reserve, location, sku, Guard.Positive(quantity, "quantity"), source)
        {
            SharePercent = rule?.SharePercent ?? 100,
            ChannelSafety = rule?.SafetyStock ?? 0,
        });

    public void Release(string location, string sku, int quantity, StockSource source)
        => Add(new StockOp(StockOpKind.Release, location, sku, Guard.Positive(quantity, "quantity"), source));

    /// <summary>Held units leave (shipped, collected). The goods are gone whatever the books say: never refused.</summary>
    public void Consume(string location, string sku, int quantity, StockSource source)
        => Add(new StockOp(StockOpKind.Consume, location, sku, Guard.Positive(quantity, "quantity"), source));

    /// <summary>A till sale: the goods are in the customer's hands, so on-hand goes down even below what the books had.</summary>
    public void Sell(string location, string sku, int quantity, StockSource source)
        => Add(new StockOp(StockOpKind.Sell, location, sku, Guard.Positive(quantity, "quantity"), source));

    /// <summary>An absolute count; it also resolves the row's open discrepancies (it is the recount).</summary>
    public void Count(string location, string sku, int onHand, int? safetyStock, StockSource source)
        => Add(new StockOp(StockOpKind.Count, location, sku, Guard.NotNegative(onHand, "onHand"), source) { SafetyStock = safetyStock });

    /// <summary>A relative correction; refused (422) when it would take on-hand below zero.</summary>
    public void Adjust(string location, string sku, int delta, StockSource source)
        => Add(new StockOp(StockOpKind.Adjust, location, sku, delta, source));

    public void Receive(string location, string sku, int quantity, StockSource source)
        => Add(new StockOp(StockOpKind.Receive, location, sku, Guard.NotNegative(quantity, "quantity"), source));

    /// <summary>Promise units of an open expected receipt, within <paramref name="limitPercent"/> of its quantity.</summary>
    public void Promise(Guid receiptId, string location, string sku, int quantity, int limitPercent, StockSource source)
        => Add(new StockOp(StockOpKind.Promise, location, sku, Guard.Positive(quantity, "quantity"), source)
        {
            ReceiptId = receiptId,
            LimitPercent = limitPercent,
        });

    /// <summary>Plans what an aggregate said its change does to stock.</summary>
    public void Apply(IEnumerable<StockEffect> effects, StockSource source)
    {
        foreach (var e in effects)
        {
            switch (e.Kind)
            {
                case StockEffectKind.Reserve: Reserve(e.LocationCode, e.Sku, e.Quantity, source); break;
                case StockEffectKind.ReleaseReservation: Release(e.LocationCode, e.Sku, e.Quantity, source); break;
                case StockEffectKind.ConsumeReservation: Consume(e.LocationCode, e.Sku, e.Quantity, source); break;
                case StockEffectKind.ConsumeOnHand: Sell(e.LocationCode, e.Sku, e.Quantity, source); break;
                case StockEffectKind.ReleasePromise:
                    Add(new StockOp(StockOpKind.ReleasePromise, e.LocationCode, e.Sku, e.Quantity, source) { ReceiptId = e.ReceiptId });
                    break;
                default: throw new ArgumentOutOfRangeException(nameof(effects), e.Kind, "Unknown stock effect.");
            }
        }
    }

    /// <summary>The stock rows of the SKUs as this command sees them: stored values plus its own planned changes.</summary>
    public async Task<IReadOnlyList<StockRowView>> RowsAsync(IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        var stored = await db.Stock.AsNoTracking().Where(s => skus.Contains(s.Sku))
            .Select(s => new StockRowView(s.LocationCode, s.Sku, s.OnHand, s.Reserved, s.SafetyStock)).ToListAsync(ct);
        if (_ops.Count == 0) return stored;
        var rows = stored.ToDictionary(r => (r.LocationCode, r.Sku));
        foreach (var op in _ops.Where(o => !o.IsReceiptOp && skus.Contains(o.Sku)))
        {
            var key = (op.LocationCode, op.Sku);
            var row = rows.TryGetValue(key, out var r) ? r : new StockRowView(op.LocationCode, op.Sku, 0, 0, 0);
            rows[key] = Overlay(row, op);
        }
        return [.. rows.Values];
    }

    /// <summary>Units of an expected receipt this command has promised but not yet written.</summary>
    public int PlannedPromises(Guid receiptId)
        => _ops.Where(o => o.ReceiptId == receiptId).Sum(o => o.Kind == StockOpKind.Promise ? o.Quantity : -o.Quantity);

    /// <summary>Applies the plan in the global lock order; called by the command bus just before it saves.</summary>
    internal async Task<StockCommit> CommitAsync(DateTime now, string actor, CancellationToken ct)
    {
        var commit = new StockCommit();
        if (_ops.Count == 0) return commit;
        var sql = new StockSql(db, settings, now);
        var rowOps = _ops.Where(o => !o.IsReceiptOp)
            .OrderBy(o => o.Sku, StringComparer.Ordinal).ThenBy(o => o.LocationCode, StringComparer.Ordinal);
        foreach (var op in rowOps) sql.Queue(op);
        foreach (var (op, after, before) in await sql.RunAsync(ct))
            commit.Record(op, before, after, now, actor);
        foreach (var op in _ops.Where(o => o.IsReceiptOp).OrderBy(o => o.ReceiptId))
            await sql.PromiseAsync(op, ct);
        _ops.Clear();
        return commit;
    }

    private void Add(StockOp op) => _ops.Add(op);

    private static StockRowView Overlay(StockRowView row, StockOp op) => op.Kind switch
    {
        StockOpKind.Reserve => row with { Reserved = row.Reserved + op.Quantity },
        StockOpKind.Release => row with { Reserved = row.Reserved - op.Quantity },
        StockOpKind.Consume => row with { Reserved = row.Reserved - op.Quantity, OnHand = row.OnHand - op.Quantity },
        StockOpKind.Sell => row with { OnHand = row.OnHand - op.Quantity },
        StockOpKind.Count => row with { OnHand = op.Quantity, SafetyStock = op.SafetyStock ?? row.SafetyStock },
        StockOpKind.Adjust or StockOpKind.Receive => row with { OnHand = row.OnHand + op.Quantity },
        _ => row,
    };
}
