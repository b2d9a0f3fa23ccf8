using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Payments;

/// <summary>Review queues (orders on a hold of a kind, oldest first) and lifting a hold by a person, with a reason.</summary>
public static class HoldsApi
{
    public static void MapHoldsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/holds", async Task<Ok<List<HeldOrderResponse>>> (string? kind, OmsDbContext db, CancellationToken ct) =>
            {
                var q = db.Set<OrderHold>().AsNoTracking().Where(h => h.LiftedAt == null);
                if (QueryValues.Enum<HoldKind>(kind, "kind") is { } k) q = q.Where(h => h.Kind == k);
                var holds = await q.OrderBy(h => h.PlacedAt).Take(200).ToListAsync(ct);
                var ids = holds.Select(h => h.OrderId).Distinct().ToList();
                var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
                return TypedResults.Ok(holds.Select(h => HeldOrderResponse.From(orders[h.OrderId], h)).ToList());
            })
            .WithTags("Holds").WithName("ListHeldOrders")
            .WithSummary("Orders waiting on a hold, oldest first; kind=fraud is the fraud review queue (payment, fraud, manualApproval, manualRelease)")
            .ProducesValidationProblem();

        app.MapPost("/api/orders/{idOrNumber}/holds/{kind}/release", async Task<Ok<OrderResponse>> (string idOrNumber, string kind, LiftHoldRequest body,
                HttpContext http, OmsDbContext db, CommandRunner runner, PaymentProcessor payments, TimeProvider clock, CancellationToken ct) =>
            {
                var hold = QueryValues.Enum<HoldKind>(kind, "kind") ?? throw new BusinessRuleException("kind", "Name the hold to release.");
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadAsync(idOrNumber, token);
                    // A payment hold lifts itself when the payment is authorised; a person lifts it only to settle a refused capture.
                    if (hold == HoldKind.Payment && !order.HasDeclinedCapture)
                        throw new BusinessRuleException("kind", "A payment hold is lifted by an authorised payment: add a payment or retry, or cancel the order.");
                    order.LiftHold(hold, body.Reason ?? "", clock.GetUtcNow().UtcDateTime, actor);
                    return order;
                }, ct);
                // Lifting a review hold may release held-back authorisations: they are made now, after the commit.
                return TypedResults.Ok(OrderResponse.From(await payments.SettleAsync(order.Id, ct)));
            })
            .WithTags("Holds").WithName("ReleaseHold")
            .WithSummary("An agent lifts a fraud, manual-approval or manual-release hold with a reason (X-Actor is recorded); to refuse the order, cancel it. A payment hold only after a refused capture")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }
}

public sealed record LiftHoldRequest(string? Reason);

public sealed record HeldOrderResponse(Guid OrderId, string Number, string Channel, string CustomerEmail, decimal Total, string Currency,
    HoldKind Kind, string Reason, DateTime PlacedAt)
{
    public static HeldOrderResponse From(Order o, OrderHold h)
        => new(o.Id, o.Number, o.ChannelCode, o.CustomerEmail, o.Total.Amount, o.Currency, h.Kind, h.Reason, h.PlacedAt);
}
