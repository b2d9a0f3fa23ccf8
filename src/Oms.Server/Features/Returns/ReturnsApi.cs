using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Returns;
using Oms.Domain.Access;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Customers;
using Oms.Server.Core.Orders;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Returns;

/// <summary>Return orders (returns, exchanges, claims): routing only; the handlers decide.</summary>
public static class ReturnsApi
{
    public static void MapReturnsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{idOrNumber}/returns", async Task<Created<ReturnResponse>> (string idOrNumber, ReturnRequest body,
                HttpContext http, CommandBus bus, OmsDbContext db, CancellationToken ct) =>
            {
                var ret = await bus.SendAsync(new RequestReturn(idOrNumber, body), ActorHeader.From(http), ct);
                // An exchange's order was captured after the commit (inline, usually): the return as it stands now shows it.
                if (ret.ExchangeCredit is not null) ret = await db.ReturnsWithEverything().AsNoTracking().FirstAsync(r => r.Id == ret.Id, ct);
                return TypedResults.Created($"/api/returns/{ret.Id}", ReturnResponse.From(ret));
            })
            .WithTags("Returns").ReadsActor().RequirePermission(Permissions.ReturnsManage).WithName("RequestReturn")
            .WithSummary("Ask for a return, exchange or claim of delivered, collected or carried-out units: 422 naming the line for " +
                "units that were not sold, not delivered, cancelled or already returned")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);

        app.MapGet("/api/orders/{idOrNumber}/returns", async Task<Ok<OrderReturnsResponse>> (string idOrNumber, HttpContext http,
                OmsDbContext db, CancellationToken ct) =>
            {
                var order = http.Caller().Scope.Visible(await db.LoadAsync(idOrNumber, ct), idOrNumber);
                var returns = await db.ReturnsOfAsync(order.Id, ct);
                return TypedResults.Ok(new OrderReturnsResponse(order.Id, order.Number, [.. returns.Select(ReturnResponse.From)]));
            })
            .WithTags("Returns").RequirePermission(Permissions.ReturnsRead).WithName("ListOrderReturns")
            .WithSummary("The returns, exchanges and claims of an order, oldest first")
            .ProducesProblem(404);

        var g = app.MapGroup("/api/returns").WithTags("Returns");
        g.MapGet("/", async Task<Ok<CursorPage<ReturnResponse>>> ([AsParameters] ReturnSearch search, HttpContext http, OmsDbContext db,
                CancellationToken ct) => TypedResults.Ok(await search.RunAsync(db, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.ReturnsRead).WithName("SearchReturns")
            .WithSummary("Find returns by status, kind, expected location or order number, newest first; the approval queue is " +
                "status=awaitingApproval")
            .ProducesValidationProblem();

        g.MapGet("/lookup", async Task<Ok<IReadOnlyList<ReturnableOrderResponse>>> ([AsParameters] ReturnLookup lookup, HttpContext http,
                OmsDbContext db, PhoneNormalizer phones, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok(await lookup.RunAsync(db, phones, http.Caller().Scope, clock, ct)))
            .RequirePermission(Permissions.ReturnsManage).WithName("LookUpReturnableOrders")
            .WithSummary("Find a walk-in customer's purchase by order number, channel order id (a till receipt), e-mail or phone, " +
                "with the units each line may still return; any store may look up any order")
            .ProducesValidationProblem();

        g.MapGet("/{id:guid}", async Task<Ok<ReturnResponse>> (Guid id, HttpContext http, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(ReturnResponse.From(await db.VisibleReturnAsync(http.Caller().Scope, id, ct))))
            .RequirePermission(Permissions.ReturnsRead).WithName("GetReturn")
            .WithSummary("Get a return order with its lines, received units and timeline")
            .ProducesProblem(404);

        g.MapPost("/{id:guid}/receive", async Task<Ok<ReturnResponse>> (Guid id, ReceiveReturnRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ReturnResponse.From(await bus.SendAsync(new ReceiveReturn(id, body), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.ReturnsManage).WithName("ReceiveReturn")
            .WithSummary("Check units of a return in at a location with their disposition; restocked units are sellable there at once. " +
                "More units than expected is 422 and receives nothing")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        MapDecision(g, "approve", ReturnDecision.Approve, Permissions.RefundsApprove, "ApproveReturn",
            "Approve a return (an optional reason is kept as the note)");
        MapDecision(g, "reject", ReturnDecision.Reject, Permissions.RefundsApprove, "RejectReturn",
            "Reject a return with a reason; 409 once approved, received or closed");
        MapDecision(g, "cancel", ReturnDecision.Cancel, Permissions.ReturnsManage, "CancelReturn",
            "Cancel a return with a reason while nothing was received or refunded; 409 otherwise");
    }

    private static void MapDecision(RouteGroupBuilder g, string verb, ReturnDecision decision, string permission, string name,
        string summary)
        => g.MapPost($"/{{id:guid}}/{verb}", async Task<Ok<ReturnResponse>> (Guid id, ReturnDecisionRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ReturnResponse.From(
                    await bus.SendAsync(new DecideReturn(id, decision, body.Reason), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(permission).WithName(name).WithSummary(summary)
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
}
