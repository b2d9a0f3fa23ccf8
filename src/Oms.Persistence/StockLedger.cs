using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Persistence;

/// <summary>
/// Every change to stock quantities is one conditional UPDATE checked by its row count, so that two
/// transactions (or two server processes) can never promise the same unit: the database re-checks the
/// condition on the row it locks. Never read-modify-write in memory.
/// </summary>
public static class StockLedger
{
    /// <summary>
    /// Reserves <paramref name="quantity"/> if available-to-promise allows, and if the selling channel's share of it
    /// (<paramref name="channelRule"/>) does too; false when it does not.
    /// </summary>
    public static async Task<bool> TryReserveAsync(this OmsDbContext db, string location, string sku, int quantity, DateTime now,
        CancellationToken ct, ChannelAllocationRule? channelRule = null)
    {
        // floor(atp × pct / 100) − channelSafety ≥ q  ⟺  atp × pct ≥ (q + channelSafety) × 100, in whole numbers.
        var pct = channelRule?.SharePercent ?? 100;
        var needed = (quantity + (channelRule?.SafetyStock ?? 0)) * 100;
        if (channelRule?.FixedQuantity is { } cap && cap - channelRule.SafetyStock < quantity) return false;
        return await db.Stock
            .Where(s => s.LocationCode == location && s.Sku == sku && s.OnHand - s.Reserved - s.SafetyStock >= quantity
                && (s.OnHand - s.Reserved - s.SafetyStock) * pct >= needed)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Reserved, s => s.Reserved + quantity)
                .SetProperty(s => s.UpdatedAt, now), ct) == 1;
    }

    /// <summary>
    /// Promises <paramref name="quantity"/> units of an open expected receipt if that keeps the promised total within
    /// <paramref name="limitPercent"/> of its quantity; false when it would not.
    /// </summary>
    public static async Task<bool> TryPromiseAsync(this OmsDbContext db, Guid receiptId, int quantity, int limitPercent,
        CancellationToken ct)
        => await db.ExpectedReceipts
            .Where(r => r.Id == receiptId && r.Status == ReceiptStatus.Open && (r.Promised + quantity) * 100 <= r.Quantity * limitPercent)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Promised, r => r.Promised + quantity), ct) == 1;

    /// <summary>Applies what a command did to stock. Runs inside the command's transaction.</summary>
    public static async Task ApplyAsync(this OmsDbContext db, IEnumerable<StockEffect> effects, DateTime now, CancellationToken ct)
    {
        foreach (var e in effects)
        {
            var rows = e.Kind switch
            {
                StockEffectKind.Reserve => await db.TryReserveAsync(e.LocationCode, e.Sku, e.Quantity, now, ct) ? 1 : 0,
                StockEffectKind.ReleaseReservation => await Row(db, e)
                    .Where(s => s.Reserved >= e.Quantity)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved - e.Quantity)
                        .SetProperty(s => s.UpdatedAt, now), ct),
                StockEffectKind.ConsumeReservation => await Row(db, e)
                    .Where(s => s.Reserved >= e.Quantity && s.OnHand >= e.Quantity)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(s => s.Reserved, s => s.Reserved - e.Quantity)
                        .SetProperty(s => s.OnHand, s => s.OnHand - e.Quantity)
                        .SetProperty(s => s.UpdatedAt, now), ct),
                // Goods at the till may use the safety buffer, never units reserved for other customers.
                StockEffectKind.ReleasePromise => await db.ExpectedReceipts.Where(r => r.Id == e.ReceiptId)
                    .ExecuteUpdateAsync(
                        u => u.SetProperty(r => r.Promised, r => r.Promised >= e.Quantity ? r.Promised - e.Quantity : 0), ct),
                StockEffectKind.ConsumeOnHand => await Row(db, e)
                    .Where(s => s.OnHand - s.Reserved >= e.Quantity)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand - e.Quantity)
                        .SetProperty(s => s.UpdatedAt, now), ct),
                _ => throw new ArgumentOutOfRangeException(nameof(effects), e.Kind, "Unknown stock effect."),
            };
            if (rows == 1) continue;
            throw e.Kind switch
            {
                StockEffectKind.Reserve or StockEffectKind.ConsumeOnHand => new BusinessRuleException("stock",
                    $"{e.LocationCode} does not have {e.Quantity} unit(s) of {e.Sku} free to sell."),
                // A reservation that is not there means the books disagree: a bug, not a client error.
                _ => new InvalidOperationException($"Stock of {e.Sku} at {e.LocationCode} has no reservation of {e.Quantity} to {e.Kind}."),
            };
        }
    }

    /// <summary>Sets on-hand (and optionally safety stock) to an absolute count, creating the row if needed.</summary>
    public static async Task SetAsync(this OmsDbContext db, string location, string sku, int onHand, int? safetyStock, DateTime now,
        CancellationToken ct)
    {
        Guard.NotNegative(onHand, "onHand");
        if (safetyStock is { } ss) Guard.NotNegative(ss, "safetyStock");
        var rows = await db.Stock.Where(s => s.LocationCode == location && s.Sku == sku)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.OnHand, onHand)
                .SetProperty(s => s.SafetyStock, s => safetyStock ?? s.SafetyStock)
                .SetProperty(s => s.UpdatedAt, now), ct);
        if (rows == 0)
        {
            db.Stock.Add(new StockItem(location, sku, onHand, safetyStock ?? 0, now));
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Adds a delta to on-hand; refuses to go below zero.</summary>
    public static async Task AdjustAsync(this OmsDbContext db, string location, string sku, int delta, DateTime now, CancellationToken ct)
    {
        var rows = await db.Stock.Where(s => s.LocationCode == location && s.Sku == sku && s.OnHand + delta >= 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand + delta).SetProperty(s => s.UpdatedAt, now), ct);
        if (rows == 1) return;
        if (delta < 0)
            throw new BusinessRuleException("delta", $"Adjusting {sku} at {location} by {delta} would take on-hand below zero.");
        db.Stock.Add(new StockItem(location, sku, delta, 0, now));
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<StockItem> Row(OmsDbContext db, StockEffect e)
        => db.Stock.Where(s => s.LocationCode == e.LocationCode && s.Sku == e.Sku);

}
