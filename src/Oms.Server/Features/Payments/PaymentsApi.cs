using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Core.Payments;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Payments;

/// <summary>An order's payments: the balance and log, a retry now (same idempotency keys), another instrument after a decline.</summary>
public static class PaymentsApi
{
    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/orders/{idOrNumber}/payments").WithTags("Payments");

        g.MapGet("/", async Task<Ok<OrderPaymentsResponse>> (string idOrNumber, HttpContext http, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(OrderPaymentsResponse.From(http.Caller().Scope.Visible(await db.LoadAsync(idOrNumber, ct), idOrNumber))))
            .RequirePermission(Permissions.OrdersRead).WithName("GetOrderPayments")
            .WithSummary("The order's balance (total, authorised, captured, refunded, voided, due) and each instrument's transaction log")
            .ProducesProblem(404);

        g.MapPost("/retry", async Task<Ok<OrderResponse>> (string idOrNumber, OmsDbContext db, PaymentSettlement payments,
                HttpContext http, CancellationToken ct) =>
            {
                var order = http.Caller().Scope.Visible(await db.LoadAsync(idOrNumber, ct), idOrNumber);
                return TypedResults.Ok(OrderResponse.From((await payments.SettleAsync(order.Id, http.RequestServices, ct)).Order));
            })
            .RequirePermission(Permissions.PaymentsManage).WithName("RetryOrderPayments")
            .WithSummary("Retry the order's pending provider calls now, each with its original idempotency key (the relay also retries " +
                "with backoff)")
            .ProducesProblem(404);

        g.MapPost("/", async Task<Ok<OrderResponse>> (string idOrNumber, PaymentRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await bus.SendAsync(new AddPayment(idOrNumber, body), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.PaymentsManage).WithName("AddOrderPayment")
            .WithSummary("Add another payment instrument (after a decline, say); it is authorised at once and lifts the payment hold " +
                "when the total is covered")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        g.MapReplacePayment();
    }
}
