using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Inventory;

/// <summary>Reads of stock: availability per location, the journal and the open discrepancies.</summary>
public static class StockQueries
{
    public static async Task<AvailabilityResponse> AvailabilityAsync(OmsDbContext db, string sku, Core.Access.AccessScope scope, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new NotFoundException("SKU", sku);
        var rows = await db.Stock.AsNoTracking().Where(s => s.Sku == sku)
            .Join(db.Locations.AsNoTracking(), s => s.LocationCode, l => l.Code, (s, l) => new { s, l.Type })
            .ToListAsync(ct);
        var positions = rows.Where(r => scope.CanSeeLocation(r.s.LocationCode)).OrderBy(r => r.s.LocationCode, StringComparer.Ordinal)
            .Select(r => new StockPositionResponse(r.s.LocationCode, r.Type, r.s.OnHand, r.s.Reserved, r.s.SafetyStock,
                r.s.AvailableToPromise, r.s.UpdatedAt))
            .ToList();
        return new AvailabilityResponse(sku, positions.Sum(p => (long)p.OnHand), positions.Sum(p => (long)p.Reserved),
            positions.Sum(p => (long)p.AvailableToPromise), positions);
    }

    /// <summary>The stock journal, newest first, by location and/or SKU, in keyset pages.</summary>
    public static async Task<CursorPage<StockMovementResponse>> MovementsAsync(OmsDbContext db, string? location, string? sku, int? limit,
        string? cursor, Core.Access.AccessScope scope, CancellationToken ct)
    {
        var take = PageCursor.Limit(limit);
        var after = PageCursor.Parse(cursor);
        var q = db.StockMovements.AsNoTracking();
        if (scope.Locations?.ToList() is { } reach) q = q.Where(m => reach.Contains(m.LocationCode));
        if (QueryValues.Text(location, "location") is { } l) q = q.Where(m => m.LocationCode == l);
        if (QueryValues.Text(sku, "sku") is { } s) q = q.Where(m => m.Sku == s);
        if (after is { } c) q = q.Where(m => m.At < c.At || (m.At == c.At && m.Id.CompareTo(c.Id) < 0));
        var rows = await q.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(take + 1).ToListAsync(ct);
        return PageCursor.Page(rows, take, m => new PageCursor(m.At, m.Id), StockMovementResponse.From);
    }

    public static async Task<CursorPage<DiscrepancyResponse>> DiscrepanciesAsync(OmsDbContext db, string? location, string? sku,
        string? status, int? limit, string? cursor, Core.Access.AccessScope scope, CancellationToken ct)
    {
        var take = PageCursor.Limit(limit);
        var after = PageCursor.Parse(cursor);
        var q = db.StockDiscrepancies.AsNoTracking();
        if (scope.Locations?.ToList() is { } reach) q = q.Where(d => reach.Contains(d.LocationCode));
        if (QueryValues.Text(location, "location") is { } l) q = q.Where(d => d.LocationCode == l);
        if (QueryValues.Text(sku, "sku") is { } s) q = q.Where(d => d.Sku == s);
        if ((QueryValues.Enum<DiscrepancyStatus>(status, "status") ?? DiscrepancyStatus.Open) is var st) q = q.Where(d => d.Status == st);
        if (after is { } c) q = q.Where(d => d.RaisedAt > c.At || (d.RaisedAt == c.At && d.Id.CompareTo(c.Id) > 0));
        var rows = await q.OrderBy(d => d.RaisedAt).ThenBy(d => d.Id).Take(take + 1).ToListAsync(ct);
        return PageCursor.Page(rows, take, d => new PageCursor(d.RaisedAt, d.Id), DiscrepancyResponse.From);
    }
}
