using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Common;
using Oms.Payments;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Payments;

/// <summary>An order's payments: the balance and log, a retry now (same idempotency keys), another or a replacing instrument.</summary>
public static class PaymentsApi
{
    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/orders/{idOrNumber}/payments").WithTags("Payments");

        g.MapGet("/", async Task<Ok<OrderPaymentsResponse>> (string idOrNumber, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(OrderPaymentsResponse.From(await db.LoadAsync(idOrNumber, ct))))
            .WithName("GetOrderPayments").WithSummary("The order's balance (total, authorised, captured, refunded, voided, due) and each instrument's transaction log")
            .ProducesProblem(404);

        g.MapPost("/retry", async Task<Ok<OrderResponse>> (string idOrNumber, OmsDbContext db, PaymentProcessor payments, CancellationToken ct) =>
            {
                var order = await db.LoadAsync(idOrNumber, ct);
                return TypedResults.Ok(OrderResponse.From(await payments.SettleAsync(order.Id, ct)));
            })
            .WithName("RetryOrderPayments")
            .WithSummary("Retry the order's pending provider calls now, each with its original idempotency key (the retry service does this periodically)")
            .ProducesProblem(404);

        g.MapPost("/", async Task<Ok<OrderResponse>> (string idOrNumber, PaymentRequest body, HttpContext http, OmsDbContext db, CommandRunner runner,
                PaymentProcessor payments, PaymentProviders providers, TimeProvider clock, CancellationToken ct) =>
            {
                ReplacePaymentEndpoint.Check(body, providers);
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadAsync(idOrNumber, token);
                    var open = order.UncoveredAmount;
                    if (open <= 0) throw ReplacePaymentEndpoint.NothingUncovered(order);
                    var amount = body.Amount ?? open;
                    if (amount > open)
                        throw new BusinessRuleException("amount", $"Only {new Money(open, order.Currency)} of order {order.Number} is not yet covered by a payment.");
                    order.AddPayment(body.Method!.Value, body.Provider!.Trim().ToLowerInvariant(), body.Token!.Trim(), amount, clock.GetUtcNow().UtcDateTime, actor);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(await payments.SettleAsync(order.Id, ct)));
            })
            .WithName("AddOrderPayment")
            .WithSummary("Add another payment instrument (after a decline, say); it is authorised at once and lifts the payment hold when the total is covered")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);

        g.MapReplacePayment();
    }
}
