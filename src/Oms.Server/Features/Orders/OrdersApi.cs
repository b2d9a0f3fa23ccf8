using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Customers;
using Oms.Server.Core.Orders;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Orders;

public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/orders").WithTags("Orders");

        g.MapPost("/", async Task<Results<Created<OrderResponse>, Ok<OrderResponse>>> (CaptureOrderRequest request,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpContext http, CommandBus bus, CancellationToken ct) =>
            {
                var result = await bus.SendAsync(new CaptureOrder(request, RequestHeaders.IdempotencyKey(idempotencyKey)),
                    ActorHeader.From(http), ct);
                var location = $"/api/orders/{result.Order.Id}";
                if (!result.Replayed) return TypedResults.Created(location, OrderResponse.From(result.Order));
                http.Response.Headers.Location = location;
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Ok(OrderResponse.From(result.Order));
            })
            .ReadsActor().RequirePermission(Permissions.OrdersCapture).WithName("CaptureOrder")
            .WithSummary("Capture an order from any channel")
            .WithDescription("Idempotent on the Idempotency-Key header and on channel + channelOrderId: 201 with the new order; a replay " +
                "of the same request answers 200 with the order as it stands now and the header Idempotent-Replayed: true. The same " +
                "key or channel order id with a different body is refused (422 / 409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        g.MapGet("/{idOrNumber}", async Task<Ok<OrderResponse>> (string idOrNumber, HttpContext http, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(http.Caller().Scope.Visible(await db.LoadAsync(idOrNumber, ct), idOrNumber))))
            .RequirePermission(Permissions.OrdersRead).WithName("GetOrder")
            .WithSummary("Get an order with its lines, fulfilment orders, shipments, payments, holds and timeline, by id or order number")
            .ProducesProblem(StatusCodes.Status404NotFound);

        g.MapGet("/", async Task<Ok<CursorPage<OrderSummaryResponse>>> ([AsParameters] OrderSearch search, HttpContext http, OmsDbContext db,
                PhoneNormalizer phones, CancellationToken ct) => TypedResults.Ok(await search.RunAsync(db, phones, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.OrdersRead).WithName("SearchOrders")
            .WithSummary("Search orders by status, channel, channel order id (receipt), number, customer e-mail, phone (as typed) or " +
                "name, store, and date; newest first, cursor-paged")
            .ProducesValidationProblem();

        g.MapPost("/{idOrNumber}/cancel", async Task<Ok<OrderResponse>> (string idOrNumber, CancelOrderRequest request, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new CancelOrder(idOrNumber, request.LineIds, request.Reason),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.OrdersCancel).WithName("CancelOrder")
            .WithSummary("Cancel the whole order, or the given lines, until they ship; reserved stock is released, an authorisation that " +
                "can no longer be captured is voided")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        g.MapPost("/{idOrNumber}/source", async Task<Ok<OrderResponse>> (string idOrNumber, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new SourceOrder(idOrNumber), ActorHeader.From(http), ct))))
            .WithTags("Sourcing").ReadsActor().RequirePermission(Permissions.OrdersSource).WithName("SourceOrder")
            .WithSummary("Source the order's waiting lines (back-ordered or in the exception queue) again now")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return g;
    }
}
