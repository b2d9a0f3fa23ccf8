using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Persistence;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Inventory;

/// <summary>
/// Held (unsellable) stock: returned units received for inspection or for the vendor, waiting for a person's decision
/// (<c>POST /api/returns/{id}/inspect</c>). A caller bound to locations sees theirs only.
/// </summary>
public static class HeldStockApi
{
    public static void MapHeldStockApi(this IEndpointRouteBuilder app)
        => app.MapGet("/api/stock/held", async Task<Ok<CursorPage<HeldStockResponse>>> (string? location, string? sku, bool? decided,
                int? limit, string? cursor, HttpContext http, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var q = db.HeldStock.AsNoTracking();
                if (http.Caller().Scope.Locations?.ToList() is { } reach) q = q.Where(h => reach.Contains(h.LocationCode));
                if (QueryValues.Text(location, "location") is { } l) q = q.Where(h => h.LocationCode == l);
                if (QueryValues.Text(sku, "sku") is { } s) q = q.Where(h => h.Sku == s);
                q = decided == true ? q.Where(h => h.DecidedAt != null) : q.Where(h => h.DecidedAt == null);
                if (after is { } c) q = q.Where(h => h.CreatedAt > c.At || (h.CreatedAt == c.At && h.Id.CompareTo(c.Id) > 0));
                var rows = await q.OrderBy(h => h.CreatedAt).ThenBy(h => h.Id).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(PageCursor.Page(rows, take, h => new PageCursor(h.CreatedAt, h.Id), HeldStockResponse.From));
            })
            .WithTags("Inventory").RequirePermission(Permissions.StockRead).WithName("ListHeldStock")
            .WithSummary("Unsellable units held for a decision (inspection, return to vendor), oldest first; decided=true lists the " +
                "decided ones; cursor-paged")
            .ProducesValidationProblem();
}
