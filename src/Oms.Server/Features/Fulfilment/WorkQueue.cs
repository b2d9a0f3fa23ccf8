using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;

namespace Oms.Server.Features.Fulfilment;

/// <summary>A location's work queue: fulfilment orders by location and status, oldest first (or newest first), in keyset pages.</summary>
public sealed record WorkQueue(string? Location, string? Status, string? Order, int? Limit, string? Cursor)
{
    public async Task<CursorPage<FulfilmentOrderResponse>> RunAsync(OmsDbContext db, Core.Access.AccessScope scope, CancellationToken ct)
    {
        var limit = PageCursor.Limit(Limit);
        var after = PageCursor.Parse(Cursor);
        var newest = (QueryValues.Text(Order, "order") ?? "oldest") switch
        {
            "oldest" => false,
            "newest" => true,
            _ => throw QueryValues.Invalid("order", "order is oldest (the default) or newest."),
        };
        var q = scope.Filter(db.FulfilmentOrders.AsNoTracking(), db.Orders);
        if (QueryValues.Text(Location, "location") is { } location) q = q.Where(f => f.LocationCode == location);
        if (QueryValues.Enum<FulfilmentOrderStatus>(Status, "status") is { } s) q = q.Where(f => f.Status == s);
        if (after is { } c)
            q = newest
                ? q.Where(f => f.CreatedAt < c.At || (f.CreatedAt == c.At && f.Id.CompareTo(c.Id) < 0))
                : q.Where(f => f.CreatedAt > c.At || (f.CreatedAt == c.At && f.Id.CompareTo(c.Id) > 0));
        q = newest ? q.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id) : q.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id);
        var rows = await q.Take(limit + 1).Select(f => new { f.Id, f.OrderId, f.CreatedAt }).ToListAsync(ct);
        var orderIds = rows.Select(i => i.OrderId).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.FulfilmentOrders).ThenInclude(f => f.Rejections)
            .Where(o => orderIds.Contains(o.Id)).AsSplitQuery().ToDictionaryAsync(o => o.Id, ct);
        return PageCursor.Page(rows, limit, r => new PageCursor(r.CreatedAt, r.Id),
            r => FulfilmentOrderResponse.From(orders[r.OrderId], orders[r.OrderId].FulfilmentOrder(r.Id)));
    }
}
