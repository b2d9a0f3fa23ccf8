using Oms.Domain.Common;
using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Fulfilment;

/// <summary>Events from the fulfilling location (WMS, 3PL, store) and the carrier, and each location's work queue.</summary>
public static class FulfilmentApi
{
    public static void MapFulfilmentApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/fulfilment-orders").WithTags("Fulfilment");

        g.MapGet("/", async Task<Ok<CursorPage<FulfilmentOrderResponse>>> ([AsParameters] WorkQueue queue, HttpContext http, OmsDbContext db,
                CancellationToken ct)
                => TypedResults.Ok(await queue.RunAsync(db, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.FulfilmentRead).WithName("ListFulfilmentOrders")
            .WithSummary("A location's work queue: fulfilment orders by location and status, oldest first (order=newest for the newest), " +
                "cursor-paged")
            .ProducesValidationProblem();

        g.MapGet("/{id:guid}", async Task<Ok<FulfilmentOrderResponse>> (Guid id, HttpContext http, OmsDbContext db, CancellationToken ct) =>
            {
                var order = await db.LoadByFulfilmentOrderAsync(id, ct);
                var fulfilmentOrder = order.FulfilmentOrder(id);
                if (!http.Caller().Scope.CanSee(fulfilmentOrder, order)) throw new NotFoundException("Fulfilment order", id.ToString());
                return TypedResults.Ok(FulfilmentOrderResponse.From(order, fulfilmentOrder));
            })
            .RequirePermission(Permissions.FulfilmentRead).WithName("GetFulfilmentOrder").WithSummary("One fulfilment order, with the lines it rejected").ProducesProblem(404);

        Event(g, "release", FulfilmentAction.Release, "ReleaseFulfilmentOrder",
            "Release the fulfilment order to its location (WMS, 3PL or store)");
        Event(g, "pick", FulfilmentAction.Pick, "PickFulfilmentOrder", "The location has picked the goods");
        Event(g, "pack", FulfilmentAction.Pack, "PackFulfilmentOrder", "The location has packed the goods");
        Event(g, "ready-for-pickup", FulfilmentAction.ReadyForPickup, "ReadyForPickup",
            "The store has staged a pickup order; the collection window starts");
        Event(g, "collect", FulfilmentAction.Collect, "CollectFulfilmentOrder", "The customer collected the pickup order");

        g.MapPost("/{id:guid}/ship", async Task<Ok<OrderResponse>> (Guid id, ShipRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(
                    new ReportFulfilment(id, FulfilmentAction.Ship, body.Carrier, body.TrackingNumber, body.LineIds),
                        ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.FulfilmentAct).WithName("ShipFulfilmentOrder")
            .WithSummary("Ship the given lines (all open lines when none are given) with carrier and tracking number; a resend with the " +
                "same tracking number changes nothing")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        g.MapPost("/{id:guid}/reject", async Task<Ok<OrderResponse>> (Guid id, RejectRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new RejectFulfilment(id, body.LineIds, body.Reason),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.FulfilmentAct).WithName("RejectFulfilmentOrder")
            .WithSummary("The location cannot fulfil the given lines (all open lines when none are given): they are sourced again " +
                "elsewhere, or go to the exception queue")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        app.MapPost("/api/shipments/{id:guid}/deliver", async Task<Ok<OrderResponse>> (Guid id, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new DeliverShipment(id), ActorHeader.From(http), ct))))
            .WithTags("Fulfilment").ReadsActor().RequirePermission(Permissions.ShipmentsDeliver).WithName("DeliverShipment")
            .WithSummary("The carrier delivered the shipment; a repeated report changes nothing")
            .ProducesProblem(404).ProducesProblem(409);
    }

    private static void Event(RouteGroupBuilder g, string verb, FulfilmentAction action, string name, string summary)
        => g.MapPost($"/{{id:guid}}/{verb}", async Task<Ok<OrderResponse>> (Guid id, HttpContext http, CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new ReportFulfilment(id, action), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.FulfilmentAct).WithName(name).WithSummary(summary + "; a resend of what already happened changes nothing").ProducesProblem(404)
            .ProducesProblem(409);
}
