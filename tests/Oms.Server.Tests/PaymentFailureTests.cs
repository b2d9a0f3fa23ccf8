using Oms.Server.Core.Outbox;
using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// When the money does not come: declines, provider errors and timeouts (retried with the same key, by the endpoint and
/// by the retry service) and a refused capture. The order is never lost: it waits on a payment hold.
/// </summary>
public abstract class PaymentFailureTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    /// <summary>A new customer each time, so that one test's cards and orders do not raise another's fraud score.</summary>
    private static CaptureOrderRequest Shopper(params OrderLineRequest[] lines) => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines);

    private static PaymentRequest Card(string token = StandInTokens.Visa, decimal? amount = null) => new(PaymentMethod.Card, "stripe", token, amount);

    [Fact]
    public async Task A_second_capture_the_card_cannot_take_puts_the_order_in_the_payment_queue()
    {
        await Api.StockOnlyAtAsync("SKU-0025", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0025", 1, 20m), Ship("SKU-0025", 1, 10m)) with { Payments = [Card(StandInTokens.MulticaptureUnavailable)] });
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.ShipAsync(fo, "PostNL", "3SMC1", [order.Lines[0].Id]);

        order = await Api.ShipAsync(fo, "PostNL", "3SMC2", [order.Lines[1].Id]);

        Assert.Equal(24.95m, order.Balance!.Captured);
        Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.Payment && h.Reason.Contains("capture", StringComparison.Ordinal));
        var queue = await Api.ExpectAsync<CursorPage<HeldOrderResponse>>(await Api.Http.GetAsync("/api/holds?kind=payment"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, q => q.OrderId == order.Id);

        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Id}/holds/payment/release",
            new LiftHoldRequest("Customer paid the rest by bank transfer"), "agent:anna"), HttpStatusCode.OK);
        Assert.DoesNotContain(order.Holds!, h => h.Active);
    }

    [Fact]
    public async Task A_declined_card_holds_the_order_until_the_agent_adds_another_payment()
    {
        await Api.StockOnlyAtAsync("SKU-0016", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0016", 1, 20m)) with { Payments = [Card(StandInTokens.ChargeDeclined)] });

        var hold = Assert.Single(order.Holds!, h => h.Active);
        Assert.Equal(HoldKind.Payment, hold.Kind);
        Assert.Contains("declined", hold.Reason, StringComparison.Ordinal);
        Assert.True(order.Payments![0].Declined);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/holds/payment/release", new LiftHoldRequest("trust me"), "agent:anna"),
            HttpStatusCode.UnprocessableEntity);
        // The workflow waits for the money before it sources: nothing is reserved, nothing can go to the warehouse.
        Assert.Empty(order.FulfilmentOrders);
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0016", "DC-CENTRAL")).Reserved);

        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Id}/payments", Card(), "agent:anna"), HttpStatusCode.OK);

        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal((24.95m, 24.95m), (order.Balance!.Authorised, order.Balance.OpenAuthorisation));
        // The approved payment resumed the workflow: the line is sourced and can be released.
        Assert.Equal(LineStatus.Allocated, order.Lines[0].Status);
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");
    }

    [Fact]
    public async Task A_declined_order_can_be_cancelled_and_nothing_is_left_authorised()
    {
        await Api.StockOnlyAtAsync("SKU-0017", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0017", 1, 20m)) with { Payments = [Card(StandInTokens.InsufficientFunds)] });
        Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.Payment);

        order = await Api.CancelAsync(order.Number, "Customer cannot pay");

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal((0m, 0m), (order.Balance!.Authorised, order.Balance.OpenAuthorisation));
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0017", "DC-CENTRAL")).Reserved);
    }

    [Fact]
    public async Task A_provider_timeout_leaves_the_order_on_hold_and_a_later_retry_with_the_same_key_succeeds()
    {
        await Api.StockOnlyAtAsync("SKU-0018", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0018", 1, 20m)) with { Payments = [Card(StandInTokens.Held)] });

        var auth = Assert.Single(order.Payments![0].Transactions);
        Assert.Equal((PaymentTransactionStatus.Pending, PaymentOutcome.Timeout), (auth.Status, auth.Outcome));
        Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.Payment);
        fx.Stripe.Release(auth.IdempotencyKey);
        await fx.Stripe.SettledAsync(auth.IdempotencyKey);

        order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Id}/payments/retry"), HttpStatusCode.OK);

        var retried = Assert.Single(order.Payments![0].Transactions);
        Assert.Equal((PaymentTransactionStatus.Approved, auth.IdempotencyKey, 2), (retried.Status, retried.IdempotencyKey, retried.Attempts));
        Assert.Equal(1, fx.Stripe.OperationsFor(auth.IdempotencyKey));
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal(24.95m, order.Balance!.Authorised);
    }

    [Fact]
    public async Task The_relay_retries_what_a_provider_outage_left_pending_with_the_same_key()
    {
        await Api.StockOnlyAtAsync("SKU-0023", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0023", 1, 20m)) with { Payments = [Card(StandInTokens.Held)] });
        var key = order.Payments![0].Transactions[0].IdempotencyKey;
        fx.Stripe.Release(key);
        await fx.Stripe.SettledAsync(key);

        // The relay retries the pending call once its backoff has passed (a day in these tests), with the same key.
        fx.Clock.Advance(TimeSpan.FromDays(2));
        var delivered = await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);

        Assert.True(delivered >= 1);
        order = await Api.GetOrderAsync(order.Number);
        Assert.Equal((PaymentTransactionStatus.Approved, 24.95m), (order.Payments![0].Transactions[0].Status, order.Balance!.Authorised));
        Assert.DoesNotContain(order.Holds!, h => h.Active);
        Assert.Equal(1, fx.Stripe.OperationsFor(key));
    }

    [Fact]
    public async Task A_provider_error_keeps_the_order_on_a_payment_hold_with_the_call_pending()
    {
        await Api.StockOnlyAtAsync("SKU-0024", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0024", 1, 20m)) with { Payments = [Card(StandInTokens.ServerError)] });

        var tx = order.Payments![0].Transactions[0];
        Assert.Equal((PaymentTransactionStatus.Pending, PaymentOutcome.Error), (tx.Status, tx.Outcome));
        Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.Payment && h.Reason.Contains("retrying", StringComparison.Ordinal));
        // The workflow authorises before it sources: nothing is reserved while the payment is unanswered.
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0024", "DC-CENTRAL")).Reserved);
        Assert.Empty(order.FulfilmentOrders);
    }
}

public sealed class PaymentFailureTests_Sqlite(SqliteFixture fx) : PaymentFailureTests(fx), IClassFixture<SqliteFixture>;

public sealed class PaymentFailureTests_Postgres(PostgresFixture fx) : PaymentFailureTests(fx), IClassFixture<PostgresFixture>;
