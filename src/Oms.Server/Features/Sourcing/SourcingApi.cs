using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Web;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Sourcing;

[RequiredFields]
public sealed record AllocateBackordersRequest(IReadOnlyList<string>? Skus);

/// <summary>Back-order runs and the exception queue.</summary>
public static class SourcingApi
{
    public static void MapSourcingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/backorders/allocate", async Task<Ok<BackorderRunResponse>> (AllocateBackordersRequest? body, BackorderAllocation allocation,
                HttpContext http, CancellationToken ct)
                => TypedResults.Ok(await allocation.AllocateAsync(http.RequestServices, body?.Skus?.Take(1000).ToList(), ct)))
            .WithTags("Sourcing").RequirePermission(Permissions.OrdersSource).WithName("AllocateBackorders")
            .WithSummary("Source back-ordered lines again, oldest order first (all SKUs, or the given ones); also runs when stock goes up");

        app.MapGet("/api/exception-queue", async Task<Ok<CursorPage<ExceptionQueueItem>>> (int? limit, string? cursor, HttpContext http, OmsDbContext db,
                CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var q = http.Caller().Scope.Filter(db.Orders.AsNoTracking()).Where(o => o.Status == OrderStatus.Exception);
                if (after is { } c) q = q.Where(o => o.CreatedAt > c.At || (o.CreatedAt == c.At && o.Id.CompareTo(c.Id) > 0));
                var orders = await q.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(take + 1)
                    .Include(o => o.Lines).Include(o => o.FulfilmentOrders).ThenInclude(f => f.Rejections).AsSplitQuery().ToListAsync(ct);
                var page = PageCursor.Page(orders, take, o => new PageCursor(o.CreatedAt, o.Id), o => o);
                return TypedResults.Ok(new CursorPage<ExceptionQueueItem>([.. page.Items.SelectMany(Stuck)], page.NextCursor));
            })
            .WithTags("Sourcing").RequirePermission(Permissions.OperationsRun).WithName("ListExceptionQueue")
            .WithSummary("Lines that every location gave back and that wait for a person — which line, why, and what was tried — oldest order first")
            .ProducesValidationProblem();
    }

    private static IEnumerable<ExceptionQueueItem> Stuck(Order o) => o.Lines.Where(l => l.Status == LineStatus.Exception).OrderBy(l => l.LineNumber)
        .Select(l => new ExceptionQueueItem(o.Id, o.Number, o.ChannelCode, l.Id, l.LineNumber, l.Sku, l.Quantity, l.DeliveryMethod, l.PickupLocationCode,
            l.ExceptionReason, l.ExceptionSince,
            [.. o.FulfilmentOrders.SelectMany(f => f.Rejections.Where(r => r.LineId == l.Id)
                .Select(r => new AttemptResponse(f.LocationCode, f.Number, r.Reason, r.At, r.Actor))).OrderBy(a => a.At)]));
}
