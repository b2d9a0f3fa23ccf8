using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Payments on orders through the API, paid through the Stripe adapter against the local stand-in over HTTP:
/// authorisation at capture, a capture per shipment, voids when nothing more can ship (failures: PaymentFailureTests).
/// </summary>
public abstract class PaymentTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    /// <summary>A new customer each time, so that one test's cards and orders do not raise another's fraud score.</summary>
    private static CaptureOrderRequest Shopper(params OrderLineRequest[] lines) => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines);

    private static PaymentRequest Card(string token = StandInTokens.Visa, decimal? amount = null) => new(PaymentMethod.Card, "stripe", token, amount);

    [Fact]
    public async Task UC23_Agent_enters_a_paid_order_for_a_customer_on_the_call_center()
    {
        await Api.StockOnlyAtAsync("SKU-0010", ("DC-CENTRAL", 10));
        var request = Shopper(Ship("SKU-0010", 2, 30m)) with { Channel = "callcenter", Payments = [Card()] };

        var order = await Api.CaptureAsync(request, actor: "agent:carla");

        Assert.Equal("call-center@0", order.Workflow);
        Assert.Equal("agent:carla", order.EnteredBy);
        Assert.Contains(order.Timeline, t => t.Type == "order.captured" && t.Actor == "agent:carla");
        Assert.Contains(order.Timeline, t => t.Type == "fraud.assessed");
        Assert.Contains(order.Timeline, t => t.Type == "payment.authorised");
        Assert.Equal((64.95m, 64.95m, 0m), (order.Balance!.Total, order.Balance.Authorised, order.Balance.Captured));
        Assert.DoesNotContain(order.Holds!, h => h.Active);

        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo);

        Assert.Equal((64.95m, 0m, 0m), (order.Balance!.Captured, order.Balance.OpenAuthorisation, order.Balance.Due));
        var payment = Assert.Single(order.Payments!);
        Assert.Equal([PaymentOperation.Authorise, PaymentOperation.Capture], payment.Transactions.Select(t => t.Kind));
        Assert.All(payment.Transactions, t => Assert.Equal(PaymentTransactionStatus.Approved, t.Status));
    }

    [Fact]
    public async Task A_split_order_is_captured_per_shipment_with_the_shipping_charge_on_the_first()
    {
        await Api.StockOnlyAtAsync("SKU-0011", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0012", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0011", 1, 20m), Ship("SKU-0012", 1, 10m)) with { Payments = [Card()] });
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");

        order = await Api.ShipAsync(fo, "PostNL", "3SP1", [order.Lines[0].Id]);
        Assert.Equal((24.95m, 10m), (order.Balance!.Captured, order.Balance.OpenAuthorisation));
        order = await Api.ShipAsync(fo, "PostNL", "3SP2", [order.Lines[1].Id]);

        Assert.Equal((34.95m, 0m, 0m), (order.Balance!.Captured, order.Balance.OpenAuthorisation, order.Balance.Due));
        Assert.Equal([24.95m, 10m], order.Payments![0].Transactions.Where(t => t.Kind == PaymentOperation.Capture).Select(t => t.Amount));
    }

    [Fact]
    public async Task UC25_Agent_cancels_before_shipping_and_the_authorisation_is_voided()
    {
        await Api.StockOnlyAtAsync("SKU-0013", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0013", 2, 25m)) with { Payments = [Card()] });
        Assert.Equal(54.95m, order.Balance!.OpenAuthorisation);

        order = await Api.CancelAsync(order.Number, "Customer changed their mind", actor: "agent:anna");

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal((54.95m, 0m, 0m), (order.Payments![0].Voided, order.Balance!.OpenAuthorisation, order.Balance.Captured));
        Assert.Contains(order.Timeline, t => t.Type == "payment.voided");
        var voidKey = order.Payments[0].Transactions.Single(t => t.Kind == PaymentOperation.Void).IdempotencyKey;
        Assert.Contains(fx.Stripe.Requests, r => r.IdempotencyKey == voidKey && r.Path.EndsWith("/cancel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UC25_Agent_cancels_the_unshipped_rest_and_what_cannot_be_captured_any_more_is_voided()
    {
        await Api.StockOnlyAtAsync("SKU-0014", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0015", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0014", 1, 40m), Ship("SKU-0015", 1, 15m)) with { Payments = [Card()] });
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo, "PostNL", "3SP3", [order.Lines[0].Id]);

        order = await Api.CancelAsync(order.Number, "Second item no longer wanted", [order.Lines[1].Id]);

        var p = order.Payments![0];
        Assert.Equal((59.95m, 44.95m, 15m, 0m), (p.Authorised, p.Captured, p.Voided, p.OpenAuthorisation));
        Assert.Equal((44.95m, 0m), (order.Balance!.Total, order.Balance.Due));
    }

    [Fact]
    public async Task Payments_that_do_not_add_up_to_the_total_or_name_no_provider_are_refused_and_nothing_is_saved()
    {
        var uneven = Online(NewId("PAY"), "pay@example.com", Ship("SKU-0019", 1, 20m))
            with { Payments = [Card(amount: 10m), new PaymentRequest(PaymentMethod.GiftCard, "offline", "GC-1", 5m)] };
        var problem = await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders", uneven), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("payments", out _));

        var unknown = uneven with { Payments = [new PaymentRequest(PaymentMethod.Card, "paypal", "tok")] };
        problem = await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders", unknown), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("payments[0].provider", out _), problem.ToString());

        var noToken = uneven with { Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", null)] };
        await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders", noToken), HttpStatusCode.BadRequest);

        var search = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.Http.GetAsync($"/api/orders?channelOrderId={uneven.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Empty(search.Items);
    }

    [Fact]
    public async Task Reserve_and_collect_authorises_nothing_online_and_takes_the_payment_at_collection()
    {
        await Api.StockOnlyAtAsync("SKU-0021", ("STORE-UTR", 3));
        var order = await Api.CaptureAsync(Shopper(Pickup("SKU-0021", "STORE-UTR", 1, 30m)) with { Type = OrderType.ReserveAndCollect, ShippingCharge = 0 });
        Assert.Equal("reserve-and-collect@0", order.Workflow);
        Assert.Empty(order.Payments!);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-UTR");

        order = await Api.FulfilAsync(fo, "collect", actor: "store:STORE-UTR");

        var p = Assert.Single(order.Payments!);
        Assert.Equal((PaymentMethod.PosCard, "offline", 30m, 30m), (p.Method, p.Provider, p.Authorised, p.Captured));
        Assert.Equal(0m, order.Balance!.Due);
        Assert.Contains(order.Timeline, t => t.Type == "payment.taken-in-store" && t.Actor == "store:STORE-UTR");
    }

    [Fact]
    public async Task A_pos_carry_out_runs_no_fraud_check_and_no_authorisation()
    {
        await Api.StockOnlyAtAsync("SKU-0022", ("STORE-AMS", 3));
        var order = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut("SKU-0022", 1, 15m)));

        Assert.Equal("pos@0", order.Workflow);
        Assert.DoesNotContain(order.Timeline, t => t.Type == "fraud.assessed");
        Assert.Empty(order.Payments!);
        Assert.Equal(OrderStatus.Completed, order.Status);
    }

    [Fact]
    public async Task A_gift_card_and_a_card_share_the_total_and_captures_take_the_first_instrument_first()
    {
        await Api.StockOnlyAtAsync("SKU-0020", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Shopper(Ship("SKU-0020", 1, 45.05m))
            with { Payments = [new PaymentRequest(PaymentMethod.GiftCard, "offline", "GC-77", 20m), Card(amount: 30m)] });
        Assert.Equal(50m, order.Balance!.Authorised);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");

        order = await Api.ShipAsync(fo);

        Assert.Equal([20m, 30m], order.Payments!.Select(p => p.Captured));
        var payments = await Api.ExpectAsync<OrderPaymentsResponse>(await Api.Http.GetAsync($"/api/orders/{order.Number}/payments"), HttpStatusCode.OK);
        Assert.Equal((50m, 0m), (payments.Balance.Captured, payments.Balance.Due));
    }
}

public sealed class PaymentTests_Sqlite(SqliteFixture fx) : PaymentTests(fx), IClassFixture<SqliteFixture>;

public sealed class PaymentTests_Postgres(PostgresFixture fx) : PaymentTests(fx), IClassFixture<PostgresFixture>;
