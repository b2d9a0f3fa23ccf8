using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Fulfilment;

/// <summary>Events from the fulfilling location (WMS, 3PL, store) and the carrier, and each location's work queue.</summary>
public static class FulfilmentApi
{
    public static void MapFulfilmentApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/fulfilment-orders").WithTags("Fulfilment");

        g.MapGet("/", async Task<Ok<IReadOnlyList<FulfilmentOrderResponse>>> (string? location, string? status, OmsDbContext db, CancellationToken ct) =>
            {
                var q = db.FulfilmentOrders.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(location)) q = q.Where(f => f.LocationCode == location);
                if (QueryValues.Enum<FulfilmentOrderStatus>(status, "status") is { } s) q = q.Where(f => f.Status == s);
                var ids = await q.OrderBy(f => f.CreatedAt).Take(200).Select(f => new { f.Id, f.OrderId }).ToListAsync(ct);
                var orderIds = ids.Select(i => i.OrderId).Distinct().ToList();
                var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.FulfilmentOrders)
                    .Where(o => orderIds.Contains(o.Id)).AsSplitQuery().ToDictionaryAsync(o => o.Id, ct);
                IReadOnlyList<FulfilmentOrderResponse> list = [.. ids.Select(i => FulfilmentOrderResponse.From(orders[i.OrderId], orders[i.OrderId].FulfilmentOrder(i.Id)))];
                return TypedResults.Ok(list);
            })
            .WithName("ListFulfilmentOrders")
            .WithSummary("A location's work queue: fulfilment orders by location and status, oldest first (at most 200)");

        g.MapGet("/{id:guid}", async Task<Ok<FulfilmentOrderResponse>> (Guid id, OmsDbContext db, CancellationToken ct) =>
            {
                var order = await db.LoadByFulfilmentOrderAsync(id, ct);
                return TypedResults.Ok(FulfilmentOrderResponse.From(order, order.FulfilmentOrder(id)));
            })
            .WithName("GetFulfilmentOrder").WithSummary("Get one fulfilment order").ProducesProblem(404);

        Event(g, "release", "ReleaseFulfilmentOrder", "Release the fulfilment order to its location (WMS, 3PL or store)",
            (o, id, _, now, actor, _) => { o.Release(id, now, actor); return []; });
        Event(g, "pick", "PickFulfilmentOrder", "The location has picked the goods",
            (o, id, _, now, actor, _) => { o.Pick(id, now, actor); return []; });
        Event(g, "pack", "PackFulfilmentOrder", "The location has packed the goods",
            (o, id, _, now, actor, _) => { o.Pack(id, now, actor); return []; });
        Event(g, "ready-for-pickup", "ReadyForPickup", "The store has staged a pickup order; the collection window starts",
            (o, id, _, now, actor, opts) => { o.ReadyForPickup(id, now.AddDays(opts.Pickup.ExpiryDays), now, actor); return []; });
        Event(g, "collect", "CollectFulfilmentOrder", "The customer collected the pickup order",
            (o, id, _, now, actor, _) => o.Collect(id, now, actor));
        Event<ShipRequest>(g, "ship", "ShipFulfilmentOrder", "Ship the given lines (all open lines when none are given) with carrier and tracking number",
            (o, id, body, now, actor, _) => o.Ship(id, body?.Carrier ?? "", body?.TrackingNumber ?? "", body?.LineIds, now, actor).Effects);

        g.MapPost("/{id:guid}/reject", async Task<Ok<OrderResponse>> (Guid id, RejectRequest body, HttpContext http, OmsDbContext db,
                CommandRunner runner, LineSourcer sourcer, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadByFulfilmentOrderAsync(id, token);
                    var now = clock.GetUtcNow().UtcDateTime;
                    await db.ApplyAsync(order.Reject(id, body.LineIds, body.Reason ?? "", now, actor), now, token);
                    await sourcer.SourceAsync(order, await sourcer.LocationsAsync(token), now, token);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(order));
            })
            .WithName("RejectFulfilmentOrder")
            .WithSummary("The location cannot fulfil the given lines (all open lines when none are given): they are sourced again elsewhere, or go to the exception queue")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        app.MapPost("/api/shipments/{id:guid}/deliver", async Task<Ok<OrderResponse>> (Guid id, HttpContext http, OmsDbContext db,
                CommandRunner runner, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadByShipmentAsync(id, token);
                    order.Deliver(id, clock.GetUtcNow().UtcDateTime, actor);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(order));
            })
            .WithTags("Fulfilment").WithName("DeliverShipment").WithSummary("The carrier delivered the shipment")
            .ProducesProblem(404).ProducesProblem(409);
    }

    private delegate IReadOnlyList<StockEffect> FulfilmentEvent<in TBody>(Order order, Guid fulfilmentOrderId, TBody? body, DateTime now, Actor actor, OmsOptions options);

    private static void Event(RouteGroupBuilder g, string verb, string name, string summary, FulfilmentEvent<object> apply)
        => g.MapPost($"/{{id:guid}}/{verb}", (Guid id, HttpContext http, OmsDbContext db, CommandRunner runner, TimeProvider clock,
                IOptions<OmsOptions> options, CancellationToken ct) => Run(id, null, http, db, runner, clock, options.Value, apply, ct))
            .WithName(name).WithSummary(summary).ProducesProblem(404).ProducesProblem(409);

    private static void Event<TBody>(RouteGroupBuilder g, string verb, string name, string summary, FulfilmentEvent<TBody> apply) where TBody : class
        => g.MapPost($"/{{id:guid}}/{verb}", (Guid id, TBody body, HttpContext http, OmsDbContext db, CommandRunner runner, TimeProvider clock,
                IOptions<OmsOptions> options, CancellationToken ct) => Run(id, body, http, db, runner, clock, options.Value, apply, ct))
            .WithName(name).WithSummary(summary).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

    private static async Task<Ok<OrderResponse>> Run<TBody>(Guid id, TBody? body, HttpContext http, OmsDbContext db, CommandRunner runner,
        TimeProvider clock, OmsOptions options, FulfilmentEvent<TBody> apply, CancellationToken ct)
    {
        var actor = ActorHeader.From(http);
        var order = await runner.RunAsync(async token =>
        {
            var order = await db.LoadByFulfilmentOrderAsync(id, token);
            var now = clock.GetUtcNow().UtcDateTime;
            await db.ApplyAsync(apply(order, id, body, now, actor, options), now, token);
            return order;
        }, ct);
        // A shipment or collection queues a capture; it is made after the commit, never inside the transaction.
        var settled = await http.RequestServices.GetRequiredService<PaymentProcessor>().SettleAsync(order.Id, ct);
        return TypedResults.Ok(OrderResponse.From(settled));
    }
}

/// <summary>Which lines the location cannot fulfil and why (item not found, damaged).</summary>
public sealed record RejectRequest(IReadOnlyList<Guid>? LineIds, string? Reason);

public sealed record ShipRequest(string? Carrier, string? TrackingNumber, IReadOnlyList<Guid>? LineIds);
