using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// Money going back on returns and claims, over HTTP: through the payment provider after the commit, in the policy's order
/// over mixed instruments and never beyond what an instrument captured, in cash at a till or as store credit, and through
/// the approval queue when the policy asks for a person.
/// </summary>
public abstract class RefundTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static PaymentRequest Card(decimal? amount = null) => new(PaymentMethod.Card, "stripe", StandInTokens.Visa, amount);

    private static CaptureOrderRequest Shopper(params OrderLineRequest[] lines)
        => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines);

    [Fact]
    public async Task A_card_paid_order_returned_to_the_dc_is_refunded_to_the_card_through_the_provider_once()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku, 2)) with { Payments = [Card()] }));
        Assert.Equal(104.85m, order.Balance!.Captured);
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)));

        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        // One of two units: its price, no shipping (the order did not all come back).
        var refund = Assert.Single(received.Refunds!);
        Assert.Equal((49.95m, 0m, 49.95m), (refund.Goods, refund.Shipping, refund.Total));
        Assert.Contains("back to the original instrument, charged to payment 1 (Card, stripe", Assert.Single(refund.PaidAs),
            StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.Closed, received.Status);
        var after = await Api.GetOrderAsync(order.Number);
        var card = Assert.Single(after.Payments!);
        var tx = Assert.Single(card.Transactions, t => t.Kind == PaymentOperation.Refund);
        Assert.Equal((49.95m, PaymentTransactionStatus.Approved, 49.95m), (tx.Amount, tx.Status, card.Refunded));
        Assert.Equal(1, fx.Stripe.Requests.Count(r => r.Path == "/v1/refunds" && r.IdempotencyKey == tx.IdempotencyKey && !r.Replayed));
        Assert.Equal((49.95m, OrderReturnState.PartlyReturned), (after.Balance!.Refunded, after.ReturnState));
        Assert.Equal((1, 1, 49.95m), (after.Lines[0].ReturnedQuantity, after.Lines[0].RefundedQuantity, after.Lines[0].RefundedAmount));
        Assert.Contains(after.Timeline, t => t.Type == "refund.requested" && t.Actor == "wms:DC-CENTRAL");
        Assert.Contains(after.Timeline, t => t.Type == "payment.refunded");
    }

    [Fact]
    public async Task Mixed_instruments_are_refunded_card_first_and_no_instrument_gets_back_more_than_it_paid()
    {
        var sku = await NewSkuAsync(Api, atDc: 3);
        var giftCard = new PaymentRequest(PaymentMethod.GiftCard, "offline", "GC-4711", 30m);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku, 3, 20m)) with { Payments = [giftCard, Card(34.95m)] }));
        Assert.Equal([30m, 34.95m], order.Payments!.Select(p => p.Captured));

        // Two units first: the card takes them (cards before gift cards).
        var first = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 2)));
        first = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, first.Id,
            Units("DC-CENTRAL", Disposition.Restock, (first.Lines[0].Id, 2))), HttpStatusCode.OK);
        Assert.Equal(40m, first.RefundedTotal);
        var mid = await Api.GetOrderAsync(order.Number);
        Assert.Equal([5.05m, 34.95m], mid.Payments!.Select(p => p.Refunded));

        // The last unit and the shipping: the card has only what it captured left, the rest goes to the gift card.
        var last = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)));
        last = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, last.Id,
            Units("DC-CENTRAL", Disposition.Restock, (last.Lines[0].Id, 1))), HttpStatusCode.OK);
        Assert.Equal(24.95m, last.RefundedTotal);
        var after = await Api.GetOrderAsync(order.Number);
        Assert.All(after.Payments!, p => Assert.Equal(p.Captured, p.Refunded));
        Assert.Equal((64.95m, OrderReturnState.Returned), (after.Balance!.Refunded, after.ReturnState));
    }

    [Fact]
    public async Task A_cash_sale_returned_at_the_till_is_paid_out_in_cash_and_the_unit_is_sellable_there_at_once()
    {
        var sku = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(sku, ("STORE-AMS", 1));
        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(sku, 1, 30m)) with
        {
            Payments = [new PaymentRequest(PaymentMethod.Cash, null, null, 30m)],
        }, "store:STORE-AMS");
        Assert.Equal(0, (await Api.StockAtAsync(sku, "STORE-AMS")).AvailableToPromise);

        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-AMS", (sale.Lines[0].Id, 1)), "store:STORE-AMS");
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.Restock, (ret.Lines[0].Id, 1)), "store:STORE-AMS"), HttpStatusCode.OK);

        Assert.Contains("in cash at the till", Assert.Single(Assert.Single(received.Refunds!).PaidAs), StringComparison.Ordinal);
        var after = await Api.GetOrderAsync(sale.Number);
        var cash = Assert.Single(after.Payments!);
        Assert.Equal((30m, 30m), (cash.Captured, cash.Refunded));
        Assert.Contains(cash.Transactions, t => t.Kind == PaymentOperation.Refund && t.ProviderReference == "till:STORE-AMS");
        Assert.Equal(1, (await Api.StockAtAsync(sku, "STORE-AMS")).AvailableToPromise);
    }

    [Fact]
    public async Task A_customer_who_asks_for_store_credit_gets_it_instead_of_a_card_refund()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku)) with { Payments = [Card()] }));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)) with { RefundTo = RefundRoute.StoreCredit });
        Assert.Equal(RefundRoute.StoreCredit, ret.RefundTo);

        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1))), HttpStatusCode.OK);

        Assert.Contains("as store credit", Assert.Single(Assert.Single(received.Refunds!).PaidAs), StringComparison.Ordinal);
        var card = Assert.Single((await Api.GetOrderAsync(order.Number)).Payments!);
        Assert.Equal(54.90m, card.Refunded);
        Assert.Contains(card.Transactions, t => t.Kind == PaymentOperation.Refund && t.ProviderReference == $"store-credit:{ret.Number}");
        Assert.DoesNotContain(fx.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form.Values.Contains(ret.Number));
    }

    [Fact]
    public async Task A_refund_above_the_limit_waits_for_finance_after_the_goods_came_in_and_is_paid_on_approval()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku, 1, 400m)) with { Payments = [Card()] }));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)));
        Assert.Equal(ReturnStatus.AwaitingApproval, ret.Status);
        Assert.Contains("above the limit of 250.00 EUR", ret.ApprovalReasons, StringComparison.Ordinal);

        // The goods may come in meanwhile: restocked, the refund stated as due but not paid.
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1))), HttpStatusCode.OK);
        Assert.Equal((ReturnStatus.AwaitingApproval, 404.95m, 0m), (received.Status, received.RefundDue, received.RefundedTotal));
        Assert.Equal(0m, (await Api.GetOrderAsync(order.Number)).Balance!.Refunded);

        var rejectedWithoutReason = await Api.PostAsync($"/api/returns/{ret.Id}/reject", new ReturnDecisionRequest(" "), "finance:fien");
        await OmsClient.ProblemAsync(rejectedWithoutReason, HttpStatusCode.BadRequest);
        var approved = await Api.ExpectAsync<ReturnResponse>(await Api.PostAsync($"/api/returns/{ret.Id}/approve",
            new ReturnDecisionRequest("receipt checked"), "finance:fien"), HttpStatusCode.OK);

        Assert.Equal((ReturnStatus.Closed, 404.95m, (decimal?)null), (approved.Status, approved.RefundedTotal, approved.RefundDue));
        Assert.Contains(approved.Timeline, t => t.Type == "return.approved" && t.Actor == "finance:fien" && t.Message.Contains("receipt checked"));
        Assert.Equal(404.95m, (await Api.GetOrderAsync(order.Number)).Balance!.Refunded);
    }

    [Fact]
    public async Task A_claim_for_a_lost_parcel_waits_for_finance_and_is_refunded_without_goods_or_stock()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku, 2)) with { Payments = [Card()] }));
        var claim = await RequestOkAsync(Api, order.Number, new ReturnRequest([new ReturnLineRequest(order.Lines[0].Id, 1)],
            "lost-in-transit", null, null, Goodwill: new GoodwillRequest(5m, "sorry for the wait")));
        Assert.Equal((ReturnKind.Claim, ReturnMethod.NoGoodsBack, ReturnStatus.AwaitingApproval), (claim.Kind, claim.Method, claim.Status));
        Assert.Contains("a claim is refunded without the goods coming back", claim.ApprovalReasons, StringComparison.Ordinal);

        var approved = await Api.ExpectAsync<ReturnResponse>(await Api.PostAsync($"/api/returns/{claim.Id}/approve",
            new ReturnDecisionRequest(null), "finance:fien"), HttpStatusCode.OK);

        // Our fault: the unit, the shipping and the goodwill, to the card.
        var refund = Assert.Single(approved.Refunds!);
        Assert.Equal((49.95m, 4.95m, 5m, 59.90m), (refund.Goods, refund.Shipping, refund.Goodwill, refund.Total));
        Assert.Equal(ReturnStatus.Closed, approved.Status);
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal((0, 1, OrderReturnState.PartlyReturned), (after.Lines[0].ReturnedQuantity, after.Lines[0].RefundedQuantity,
            after.ReturnState));
        Assert.Equal(59.90m, after.Payments![0].Refunded);
        Assert.Equal(0, (await Api.StockAtAsync(sku, "DC-CENTRAL")).OnHand);
    }

    [Fact]
    public async Task A_damaged_item_claim_gets_a_free_replacement_once_finance_approves_and_only_the_shipping_back()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku)) with { Payments = [Card()] }));
        var claim = await RequestOkAsync(Api, order.Number, new ReturnRequest([new ReturnLineRequest(order.Lines[0].Id, 1)],
            "damaged-no-return", null, null, Replacements: [new ReplacementRequest(sku, 1, null)]));
        Assert.Equal((ReturnKind.Claim, ReturnStatus.AwaitingApproval, 0m), (claim.Kind, claim.Status, claim.Exchange!.Difference));
        var replacement = await Api.GetOrderAsync(claim.Exchange.OrderNumber!);
        Assert.Contains(replacement.Holds!, h => h.Active && h.Kind == HoldKind.AwaitingReturn);
        Assert.Equal(1, (await Api.StockAtAsync(sku, "DC-CENTRAL")).Reserved);

        var approved = await Api.ExpectAsync<ReturnResponse>(await Api.PostAsync($"/api/returns/{claim.Id}/approve",
            new ReturnDecisionRequest("photo shows the damage"), "finance:fien"), HttpStatusCode.OK);

        // The replacement goes; the card gets back only the shipping (our fault), the goods' value paid the replacement.
        replacement = await Api.GetOrderAsync(claim.Exchange.OrderNumber!);
        Assert.DoesNotContain(replacement.Holds!, h => h.Active);
        var refund = Assert.Single(approved.Refunds!);
        Assert.Equal((49.95m, 4.95m, 49.95m, 4.95m), (refund.Goods, refund.Shipping, refund.OffsetByExchange, refund.Total));
        Assert.Equal(4.95m, (await Api.GetOrderAsync(order.Number)).Payments![0].Refunded);
        Assert.Equal(ReturnStatus.Closed, approved.Status);
        Assert.Equal(LineStatus.Delivered, (await DeliverAllAsync(Api, replacement)).Lines[0].Status);
    }

    [Fact]
    public async Task A_refund_beyond_what_the_card_captured_is_not_paid_and_the_return_says_why()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Shopper(Ship(sku)) with { Payments = [Card()] }));
        var claim = await RequestOkAsync(Api, order.Number, new ReturnRequest([new ReturnLineRequest(order.Lines[0].Id, 1)],
            "damaged-no-return", null, null, Goodwill: new GoodwillRequest(100m, "a very bad day")));
        Assert.Contains("goodwill of 100.00 EUR is above the limit of 25.00 EUR", claim.ApprovalReasons, StringComparison.Ordinal);

        var approved = await Api.ExpectAsync<ReturnResponse>(await Api.PostAsync($"/api/returns/{claim.Id}/approve",
            new ReturnDecisionRequest(null), "finance:fien"), HttpStatusCode.OK);

        Assert.Equal((0m, ReturnStatus.Approved), (approved.RefundedTotal, approved.Status));
        Assert.Contains("more than the instruments captured", approved.RefundBlockedReason, StringComparison.Ordinal);
        Assert.Contains(approved.Timeline, t => t.Type == "return.refund-blocked");
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal((0m, 0), (after.Payments![0].Refunded, after.Lines[0].RefundedQuantity));
        Assert.DoesNotContain(after.Payments[0].Transactions, t => t.Kind == PaymentOperation.Refund);
    }

    [Fact]
    public async Task The_approval_queue_lists_waiting_returns_and_refuses_a_bad_status()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)) with { RefundBeforeReceipt = true });

        var page = await Api.ExpectAsync<CursorPage<ReturnResponse>>(await Api.SendAsync(HttpMethod.Get,
            "/api/returns?status=awaitingApproval&limit=200", actor: "finance:fien"), HttpStatusCode.OK);
        Assert.Contains(page.Items, r => r.Id == ret.Id);
        Assert.All(page.Items, r => Assert.Equal(ReturnStatus.AwaitingApproval, r.Status));
        var bad = await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, "/api/returns?status=maybe"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("status", out _));
        // A store sees only the returns of its orders or expected at it.
        var store = await Api.ExpectAsync<CursorPage<ReturnResponse>>(await Api.SendAsync(HttpMethod.Get,
            "/api/returns?status=awaitingApproval&limit=200", actor: "associate:uma@STORE-UTR"), HttpStatusCode.OK);
        Assert.DoesNotContain(store.Items, r => r.Id == ret.Id);
    }
}

public sealed class RefundTests_Sqlite(SqliteFixture fx) : RefundTests(fx), IClassFixture<SqliteFixture>;

public sealed class RefundTests_Postgres(PostgresFixture fx) : RefundTests(fx), IClassFixture<PostgresFixture>;
