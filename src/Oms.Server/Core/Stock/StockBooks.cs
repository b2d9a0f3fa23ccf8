using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;

namespace Oms.Server.Core.Stock;

/// <summary>
/// Keeps the books after the stock statements ran, in the same transaction: the journal lines, a discrepancy where goods
/// left that the books did not have free (one open per row), and the resolution of open discrepancies by a count.
/// </summary>
internal static class StockBooks
{
    public static async Task<List<StockDiscrepancy>> RecordAsync(OmsDbContext db, StockCommit commit, DateTime now, Actor actor,
        CancellationToken ct)
    {
        db.StockMovements.AddRange(commit.Movements);
        var raised = new List<StockDiscrepancy>();
        var suspect = commit.Rows.Where(r => commit.Departed.Contains((r.LocationCode, r.Sku)) && (r.OnHand < 0 || r.OnHand < r.Reserved))
            .ToList();
        var counted = commit.Counted.ToList();
        if (suspect.Count == 0 && counted.Count == 0) return raised;

        var locations = suspect.Select(r => r.LocationCode).Concat(counted.Select(c => c.Location)).Distinct().ToList();
        var skus = suspect.Select(r => r.Sku).Concat(counted.Select(c => c.Sku)).Distinct().ToList();
        var open = await db.StockDiscrepancies.Where(d => d.Status == DiscrepancyStatus.Open && locations.Contains(d.LocationCode)
            && skus.Contains(d.Sku))
            .ToListAsync(ct);
        foreach (var d in open.Where(d => counted.Contains((d.LocationCode, d.Sku))))
            d.Resolve("recounted", actor.ToString(), now);
        foreach (var row in suspect)
        {
            if (open.Any(d => d.LocationCode == row.LocationCode && d.Sku == row.Sku && d.Status == DiscrepancyStatus.Open)) continue;
            var reason = row.OnHand < 0
                ? $"On-hand of {row.Sku} at {row.LocationCode} went below zero ({row.OnHand}): more left the store than the books had."
                : $"{row.Reserved} unit(s) of {row.Sku} at {row.LocationCode} are promised but only {row.OnHand} are on hand.";
            var d = new StockDiscrepancy(Ids.Next(now), row.LocationCode, row.Sku, reason, row.OnHand, row.Reserved, now);
            db.StockDiscrepancies.Add(d);
            raised.Add(d);
        }
        return raised;
    }
}
