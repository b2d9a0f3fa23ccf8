using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Payments;

/// <summary>Review queues (orders on a hold of a kind, oldest first) and lifting a hold by a person, with a reason.</summary>
public static class HoldsApi
{
    public static void MapHoldsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/holds", async Task<Ok<CursorPage<HeldOrderResponse>>> (string? kind, int? limit, string? cursor, HttpContext http,
                OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var visible = http.Caller().Scope.Filter(db.Orders);
                var q = db.Set<OrderHold>().AsNoTracking().Where(h => h.LiftedAt == null && visible.Any(o => o.Id == h.OrderId));
                if (QueryValues.Enum<HoldKind>(kind, "kind") is { } k) q = q.Where(h => h.Kind == k);
                if (after is { } c) q = q.Where(h => h.PlacedAt > c.At || (h.PlacedAt == c.At && h.Id.CompareTo(c.Id) > 0));
                var holds = await q.OrderBy(h => h.PlacedAt).ThenBy(h => h.Id).Take(take + 1).ToListAsync(ct);
                var ids = holds.Select(h => h.OrderId).Distinct().ToList();
                var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => ids.Contains(o.Id))
                    .ToDictionaryAsync(o => o.Id, ct);
                return TypedResults.Ok(PageCursor.Page(holds, take, h => new PageCursor(h.PlacedAt, h.Id),
                    h => HeldOrderResponse.From(orders[h.OrderId], h)));
            })
            .WithTags("Holds").RequirePermission(Permissions.HoldsManage).WithName("ListHeldOrders")
            .WithSummary("Orders waiting on a hold, oldest first; kind=fraud is the fraud review queue (payment, fraud, manualApproval, " +
                "manualRelease)")
            .ProducesValidationProblem();

        app.MapPost("/api/orders/{idOrNumber}/holds/{kind}/release", async Task<Ok<OrderResponse>> (string idOrNumber, string kind,
                LiftHoldRequest body, HttpContext http, CommandBus bus, CancellationToken ct) =>
            {
                var hold = QueryValues.Enum<HoldKind>(kind, "kind") ?? throw new BusinessRuleException("kind", "Name the hold to release.");
                return TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new LiftHold(idOrNumber, hold, body.Reason),
                    ActorHeader.From(http), ct)));
            })
            .WithTags("Holds").ReadsActor().RequirePermission(Permissions.HoldsManage).WithName("ReleaseHold")
            .WithSummary("An agent lifts a fraud, manual-approval or manual-release hold with a reason (X-Actor is recorded); to refuse " +
                "the order, cancel it. A payment hold only after a refused capture")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        app.MapPlaceHold();
    }
}
