using Microsoft.EntityFrameworkCore;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Access;
using Oms.Server.Web;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Return orders by status (the approval queue is <c>status=awaitingApproval</c>), kind, expected location and order
/// number; newest first, in keyset pages. A caller sees the returns of the orders it may reach, and a store the returns
/// expected at it.
/// </summary>
public sealed record ReturnSearch(string? Status, string? Kind, string? Location, string? Order, int? Limit, string? Cursor)
{
    public async Task<CursorPage<ReturnResponse>> RunAsync(OmsDbContext db, AccessScope scope, CancellationToken ct)
    {
        var limit = PageCursor.Limit(Limit);
        var after = PageCursor.Parse(Cursor);
        var status = QueryValues.Enum<ReturnStatus>(Status, "status");
        var kind = QueryValues.Enum<ReturnKind>(Kind, "kind");

        var q = db.ReturnOrders.AsNoTracking();
        if (!scope.Unrestricted)
        {
            var orders = scope.Filter(db.Orders.AsNoTracking());
            var locations = scope.Channel is null && scope.Locations is not null ? scope.Locations.ToList() : [];
            q = q.Where(r => orders.Any(o => o.Id == r.OrderId)
                || (r.ExpectedLocationCode != null && locations.Contains(r.ExpectedLocationCode)));
        }
        if (status is { } st) q = q.Where(r => r.Status == st);
        if (kind is { } k) q = q.Where(r => r.Kind == k);
        if (QueryValues.Text(Location, "location") is { } location) q = q.Where(r => r.ExpectedLocationCode == location);
        if (QueryValues.Text(Order, "order")?.ToUpperInvariant() is { } number) q = q.Where(r => r.OrderNumber == number);
        if (after is { } c) q = q.Where(r => r.CreatedAt < c.At || (r.CreatedAt == c.At && r.Id.CompareTo(c.Id) < 0));

        var ids = await q.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).Select(r => r.Id).ToListAsync(ct);
        var rows = (await db.ReturnsWithEverything().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct))
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();
        return PageCursor.Page(rows, limit, r => new PageCursor(r.CreatedAt, r.Id), ReturnResponse.From);
    }
}
