using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// The return use cases of MISSION.md (UC14–UC18, and UC26 for returns), each from the original sale to the last state, over
/// HTTP, with the people and systems that do it in a shop: the stock at the receiving location, the money per instrument and
/// both timelines.
/// </summary>
public abstract class ReturnUseCaseTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static CaptureOrderRequest WebOrder(params OrderLineRequest[] lines)
        => Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", lines) with
        {
            Payments = [new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa)],
        };

    [Fact]
    public async Task UC14_Return_an_online_purchase_by_shipping_it_to_the_central_DC()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(WebOrder(Ship(sku, 2))));
        Assert.Equal((0, 104.85m), ((await Api.StockAtAsync(sku, "DC-CENTRAL")).OnHand, order.Balance!.Captured));

        // The customer asks the call center; the parcel goes to the DC.
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 2)), "agent:anna");
        Assert.Equal((ReturnStatus.Approved, "DC-CENTRAL"), (ret.Status, ret.ExpectedLocation));

        // The DC's warehouse system books both units back into sellable stock.
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 2)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        Assert.Equal(ReturnStatus.Closed, received.Status);
        var dc = await Api.StockAtAsync(sku, "DC-CENTRAL");
        Assert.Equal((2, 2), (dc.OnHand, dc.AvailableToPromise));
        // The whole order came back: goods and shipping, to the card, through the provider.
        Assert.Equal(104.85m, Assert.Single(received.Refunds!).Total);
        var after = await Api.GetOrderAsync(order.Number);
        var card = Assert.Single(after.Payments!);
        Assert.Equal((104.85m, 104.85m), (card.Captured, card.Refunded));
        Assert.Equal((OrderReturnState.Returned, 0m), (after.ReturnState, after.Balance!.Captured - after.Balance.Refunded));
        AssertInOrder(after.Timeline.Select(t => t.Type), "line.delivered", "return.requested", "line.returned",
            "order.return-state-changed", "refund.requested", "payment.refunded");
        AssertInOrder(received.Timeline.Select(t => t.Type), "return.requested", "return.approved", "return.received",
            "return.status-changed", "return.refunded", "return.closed");
    }

    [Fact]
    public async Task UC15_Return_an_online_purchase_in_a_store()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(WebOrder(Ship(sku, 1, 80m))));
        const string associate = "associate:uma@STORE-UTR";

        // The customer walks into Utrecht with the parcel; the associate finds the order by the customer's e-mail.
        var found = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?email={Uri.EscapeDataString(order.Customer!.Email!)}", actor: associate), HttpStatusCode.OK);
        var line = Assert.Single(Assert.Single(found).Lines);
        Assert.Equal((order.Number, 1, (string?)null), (found[0].Number, line.Returnable, line.NotReturnableBecause));

        var ret = await RequestOkAsync(Api, order.Number, HandIn("STORE-UTR", (line.OrderLineId, 1)), associate);
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1)), associate), HttpStatusCode.OK);

        // The store has the unit, and sells it on at once: the next web order is sourced from it.
        Assert.Equal(1, (await Api.StockAtAsync(sku, "STORE-UTR")).AvailableToPromise);
        var next = await Api.CaptureAsync(Online(Pickup(sku, "STORE-UTR")));
        Assert.Equal("STORE-UTR", next.Lines[0].FulfilmentLocation);
        // The card is refunded (a card cannot be paid out in cash at the counter).
        Assert.Equal((ReturnStatus.Closed, 84.95m), (received.Status, received.RefundedTotal));
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal(84.95m, Assert.Single(after.Payments!).Refunded);
        Assert.Contains(after.Timeline, t => t.Type == "line.returned" && t.Actor == "associate:uma" && t.Message.Contains("STORE-UTR"));
        var fromLookup = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?order={order.Number}", actor: associate), HttpStatusCode.OK);
        Assert.Equal((0, 1), (fromLookup[0].Lines[0].Returnable, fromLookup[0].Lines[0].AlreadyReturned));
    }

    [Fact]
    public async Task UC16_Return_an_in_store_purchase_by_shipping_it_to_the_DC()
    {
        var (sku, sale) = await SoldAtTillAsync("STORE-AMS", 2, 40m,
            new PaymentRequest(PaymentMethod.Cash, null, null, 50m), new PaymentRequest(PaymentMethod.PosCard, null, "terminal-3", 30m));

        // The customer cannot come back to the store and sends both units to the DC.
        var ret = await RequestOkAsync(Api, sale.Number, ShipBack((sale.Lines[0].Id, 2)), "agent:anna");
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 2)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        Assert.Equal(2, (await Api.StockAtAsync(sku, "DC-CENTRAL")).AvailableToPromise);
        Assert.Equal(0, (await Api.StockAtAsync(sku, "STORE-AMS")).OnHand);
        // The POS card goes back to the card; the cash cannot be handed back at a DC, so it becomes store credit.
        var paidAs = Assert.Single(received.Refunds!).PaidAs;
        Assert.Contains(paidAs, p => p.Contains("back to the original instrument", StringComparison.Ordinal) && p.Contains("PosCard"));
        Assert.Contains(paidAs, p => p.Contains("as store credit (no till where the goods came in)", StringComparison.Ordinal));
        var after = await Api.GetOrderAsync(sale.Number);
        Assert.All(after.Payments!, p => Assert.Equal(p.Captured, p.Refunded));
        Assert.Contains(after.Payments!.Single(p => p.Method == PaymentMethod.Cash).Transactions,
            t => t.Kind == PaymentOperation.Refund && t.ProviderReference == $"store-credit:{ret.Number}");
        Assert.Equal(OrderReturnState.Returned, after.ReturnState);
    }

    [Fact]
    public async Task UC17_Return_an_in_store_purchase_to_the_same_store()
    {
        var (sku, sale) = await SoldAtTillAsync("STORE-AMS", 1, 25m, new PaymentRequest(PaymentMethod.Cash, null, null, 25m));

        // At the same till the next day: the receipt is found by its till number.
        fx.Clock.Advance(TimeSpan.FromDays(1));
        var found = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?channelOrderId={sale.ChannelOrderId}", actor: "store:STORE-AMS"), HttpStatusCode.OK);
        Assert.Equal(sale.Number, Assert.Single(found).Number);
        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-AMS", (sale.Lines[0].Id, 1)), "store:STORE-AMS");
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.Restock, (ret.Lines[0].Id, 1)), "store:STORE-AMS"), HttpStatusCode.OK);

        Assert.Equal(1, (await Api.StockAtAsync(sku, "STORE-AMS")).AvailableToPromise);
        Assert.Contains("in cash at the till", Assert.Single(Assert.Single(received.Refunds!).PaidAs), StringComparison.Ordinal);
        var cash = Assert.Single((await Api.GetOrderAsync(sale.Number)).Payments!);
        Assert.Equal((25m, 25m), (cash.Captured, cash.Refunded));
        Assert.Contains(cash.Transactions, t => t.Kind == PaymentOperation.Refund && t.ProviderReference == "till:STORE-AMS");
        Assert.Equal(ReturnStatus.Closed, received.Status);
    }

    [Fact]
    public async Task UC18_Return_an_in_store_purchase_to_another_store()
    {
        var (sku, sale) = await SoldAtTillAsync("STORE-AMS", 1, 60m, new PaymentRequest(PaymentMethod.PosCard, null, "terminal-1", 60m));
        const string utrecht = "associate:uma@STORE-UTR";

        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-UTR", (sale.Lines[0].Id, 1)), utrecht);
        // Checked in as good at Utrecht: Utrecht's stock, refunded to the card the customer paid with in Amsterdam.
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1)), utrecht), HttpStatusCode.OK);

        Assert.Equal((1, 0), ((await Api.StockAtAsync(sku, "STORE-UTR")).AvailableToPromise, (await Api.StockAtAsync(sku, "STORE-AMS")).OnHand));
        Assert.Equal((ReturnStatus.Closed, 60m), (received.Status, received.RefundedTotal));
        var card = Assert.Single((await Api.GetOrderAsync(sale.Number)).Payments!);
        Assert.Equal((60m, 60m), (card.Captured, card.Refunded));
        Assert.Contains(card.Transactions, t => t.Kind == PaymentOperation.Refund && t.Status == PaymentTransactionStatus.Approved);
        // Amsterdam's associate sees the return of their sale; Utrecht's took it in.
        await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id, "associate:tom@STORE-AMS"), HttpStatusCode.OK);
        Assert.Contains(received.Timeline, t => t.Type == "return.received" && t.Actor == "associate:uma");
    }

    [Fact]
    public async Task UC26_Agent_sees_the_returns_and_refunds_of_any_order()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(WebOrder(Ship(sku, 2))));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)));
        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        var agent = Api.For("agent:anna");
        var found = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await agent.SendAsync(HttpMethod.Get,
            $"/api/orders?email={Uri.EscapeDataString(order.Customer!.Email!)}&returnState=partlyReturned"), HttpStatusCode.OK);
        Assert.Equal(OrderReturnState.PartlyReturned, Assert.Single(found.Items).ReturnState);
        var detail = await agent.GetOrderAsync(order.Number);
        Assert.Equal((OrderStatus.Completed, 1, 1, 49.95m), (detail.Status, detail.Lines[0].ReturnedQuantity, detail.Lines[0].RefundedQuantity,
            detail.Lines[0].RefundedAmount));
        var returns = await Api.ExpectAsync<OrderReturnsResponse>(await agent.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}/returns"),
            HttpStatusCode.OK);
        Assert.Equal((ReturnStatus.Closed, 49.95m), (Assert.Single(returns.Returns).Status, returns.Returns[0].RefundedTotal));
    }

    private async Task<(string Sku, OrderResponse Sale)> SoldAtTillAsync(string store, int quantity, decimal price,
        params PaymentRequest[] tenders)
    {
        var sku = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(sku, (store, quantity));
        var sale = await Api.CaptureAsync(Pos(store, CarryOut(sku, quantity, price)) with { Payments = tenders }, $"store:{store}");
        Assert.Equal(LineStatus.CarriedOut, sale.Lines[0].Status);
        Assert.Equal(0, (await Api.StockAtAsync(sku, store)).OnHand);
        return (sku, sale);
    }

    private static void AssertInOrder(IEnumerable<string> seen, params string[] types)
    {
        var list = seen.ToList();
        var at = -1;
        foreach (var type in types)
        {
            var next = list.FindIndex(at + 1, t => t == type);
            Assert.True(next > at, $"Timeline lacks '{type}' after position {at}: {string.Join(", ", list)}");
            at = next;
        }
    }
}

public sealed class ReturnUseCaseTests_Sqlite(SqliteFixture fx) : ReturnUseCaseTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnUseCaseTests_Postgres(PostgresFixture fx) : ReturnUseCaseTests(fx), IClassFixture<PostgresFixture>;
