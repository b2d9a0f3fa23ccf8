using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ExchangeSteps;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// The exchange use cases of MISSION.md (UC19–UC22, UC24), each from the original sale to the last state over HTTP: the
/// stock where the goods come back and where the replacement leaves, the money on both orders per instrument, and the
/// timelines with who did it.
/// </summary>
public abstract class ExchangeUseCaseTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static PaymentRequest Card(decimal? amount = null) => new(PaymentMethod.Card, "stripe", StandInTokens.Visa, amount);

    private static AddressRequest Home => new("Anna de Vries", "Damrak 1", null, "1012 LG", "Amsterdam", "NL");

    [Fact]
    public async Task UC19_Exchange_an_item_for_another_via_shipment_to_the_DC()
    {
        var (size, other) = (await NewSkuAsync(Api, atDc: 1), await NewSkuAsync(Api, atDc: 1));
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", Ship(size))
            with { Payments = [Card()] }));

        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(other)));
        Assert.Equal((0m, ExchangeReleaseMode.OnReceipt), (ret.Exchange!.Difference, ret.Exchange.ReleaseMode));
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.Equal(1, (await Api.StockAtAsync(other, "DC-CENTRAL")).Reserved);
        Assert.Contains(exchange.Holds!, h => h.Active && h.Kind == HoldKind.AwaitingReturn);

        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        // The returned unit is stock again; the replacement goes; nothing is refunded: the credit paid the replacement.
        Assert.Equal(1, (await Api.StockAtAsync(size, "DC-CENTRAL")).AvailableToPromise);
        exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.DoesNotContain(exchange.Holds!, h => h.Active);
        exchange = await DeliverAllAsync(Api, exchange);
        Assert.Equal(LineStatus.Delivered, exchange.Lines[0].Status);
        var refund = Assert.Single(received.Refunds!);
        Assert.Equal((49.95m, 49.95m, 0m), (refund.Goods, refund.OffsetByExchange, refund.Total));
        var original = await Api.GetOrderAsync(order.Number);
        Assert.Equal((54.90m, 0m), (original.Payments![0].Captured, original.Payments[0].Refunded));
        Assert.Equal((PaymentMethod.StoreCredit, 49.95m), (exchange.Payments![0].Method, exchange.Payments[0].Captured));
        Assert.Equal(ReturnStatus.Closed, received.Status);
    }

    [Fact]
    public async Task UC20_Exchange_an_item_bought_online_in_a_store_for_another_item()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var cheaper = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(cheaper, ("STORE-AMS", 2));
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", Ship(size))
            with { Payments = [Card()] }));
        const string sara = "associate:sara@STORE-AMS";

        // At the Amsterdam counter: the parcel comes back, a cheaper item leaves the shelf, the rest goes back to the card.
        var ret = await RequestOkAsync(Api, order.Number, HandIn("STORE-AMS", (order.Lines[0].Id, 1))
            .ForItems(Replacement(cheaper, 1, 29.95m)) with { ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.CarryOut) }, sara);
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.Restock, (ret.Lines[0].Id, 1)), sara), HttpStatusCode.OK);

        var amsterdam = (await Api.StockAtAsync(size, "STORE-AMS"), await Api.StockAtAsync(cheaper, "STORE-AMS"));
        Assert.Equal((1, 1), (amsterdam.Item1.AvailableToPromise, amsterdam.Item2.OnHand));
        var exchange = await Api.GetOrderAsync(ret.Exchange!.OrderNumber!);
        Assert.Equal((LineStatus.CarriedOut, "STORE-AMS"), (exchange.Lines[0].Status, exchange.SellingLocation));
        Assert.Equal(20m, Assert.Single(received.Refunds!).Total);
        var card = Assert.Single((await Api.GetOrderAsync(order.Number)).Payments!);
        Assert.Equal((54.90m, 20m), (card.Captured, card.Refunded));
        Assert.Contains(received.Timeline, t => t.Type == "return.refunded" && t.Actor == "associate:sara");
    }

    [Fact]
    public async Task UC21_Exchange_an_item_bought_in_store_by_shipping_it_to_the_DC()
    {
        var size = await NewSkuAsync(Api, atDc: 0);
        var other = await NewSkuAsync(Api, atDc: 1);
        await Api.StockOnlyAtAsync(size, ("STORE-AMS", 1));
        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(size, 1, 40m)) with
        {
            Customer = new CustomerRequest($"{Guid.NewGuid():N}@example.com", "Anna de Vries", null),
            Payments = [new PaymentRequest(PaymentMethod.PosCard, null, "terminal-2", 40m)],
        }, "store:STORE-AMS");

        // The customer calls: they send the unit to the DC, and the other size is shipped home once it is back.
        var ret = await RequestOkAsync(Api, sale.Number, ShipBack((sale.Lines[0].Id, 1)).ForItems(Replacement(other, 1, 40m)) with
        {
            ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.ShipToAddress, null, Home),
        });
        Assert.True(ret.Exchange!.OrderNumber is not null, string.Join("\n", ret.Timeline.Select(t => t.Message)));
        var exchange = await Api.GetOrderAsync(ret.Exchange!.OrderNumber!);
        Assert.Equal(("DC-CENTRAL", HoldKind.AwaitingReturn), (exchange.Lines[0].FulfilmentLocation, exchange.Holds!.Single(h => h.Active).Kind));

        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)), "wms:DC-CENTRAL"), HttpStatusCode.OK);

        Assert.Equal((1, 0), ((await Api.StockAtAsync(size, "DC-CENTRAL")).AvailableToPromise, (await Api.StockAtAsync(size, "STORE-AMS")).OnHand));
        exchange = await DeliverAllAsync(Api, await Api.GetOrderAsync(exchange.Number));
        Assert.Equal((LineStatus.Delivered, "Damrak 1"), (exchange.Lines[0].Status, exchange.ShippingAddress!.Line1));
        Assert.Equal(0, (await Api.StockAtAsync(other, "DC-CENTRAL")).OnHand);
        var till = Assert.Single((await Api.GetOrderAsync(sale.Number)).Payments!);
        Assert.Equal((40m, 0m), (till.Captured, till.Refunded));
    }

    [Fact]
    public async Task UC22_Exchange_an_item_bought_in_store_A_for_an_item_in_store_B()
    {
        var size = await NewSkuAsync(Api, atDc: 0);
        var other = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(size, ("STORE-AMS", 1));
        await Api.StockOnlyAtAsync(other, ("STORE-AMS", 3), ("STORE-UTR", 2));
        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(size)) with { Payments = [new PaymentRequest(PaymentMethod.Cash, null, null, 49.95m)] },
            "store:STORE-AMS");
        const string uma = "associate:uma@STORE-UTR";

        // Utrecht's associate finds the Amsterdam receipt and swaps the item from Utrecht's shelf.
        var found = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?channelOrderId={sale.ChannelOrderId}", actor: uma), HttpStatusCode.OK);
        Assert.Equal((sale.Number, 1), (Assert.Single(found).Number, found[0].Lines[0].Returnable));
        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-UTR", (sale.Lines[0].Id, 1)).ForItems(Replacement(other)) with
        {
            ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.CarryOut),
        }, uma);
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1)), uma), HttpStatusCode.OK);

        Assert.Equal((1, 3), ((await Api.StockAtAsync(other, "STORE-UTR")).OnHand, (await Api.StockAtAsync(other, "STORE-AMS")).OnHand));
        Assert.Equal((1, 0), ((await Api.StockAtAsync(size, "STORE-UTR")).AvailableToPromise, (await Api.StockAtAsync(size, "STORE-AMS")).OnHand));
        var exchange = await Api.GetOrderAsync(ret.Exchange!.OrderNumber!);
        Assert.Equal(("STORE-UTR", LineStatus.CarriedOut, "associate:uma"), (exchange.SellingLocation, exchange.Lines[0].Status, exchange.EnteredBy));
        Assert.Equal((0m, ReturnStatus.Closed), (received.RefundedTotal, received.Status));
        var cash = Assert.Single((await Api.GetOrderAsync(sale.Number)).Payments!);
        Assert.Equal((49.95m, 0m), (cash.Captured, cash.Refunded));
    }

    [Fact]
    public async Task UC24_Agent_exchanges_an_item_on_behalf_of_a_customer()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var dearer = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", Ship(size))
            with { Payments = [Card()] }));

        // On the phone: the agent books the exchange for a dearer item, the customer pays the difference by card.
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(dearer, 1, 59.95m)) with
        {
            Payment = Card(),
        }, "agent:anna");
        Assert.Equal(("agent:anna", 10m), (ret.CreatedBy, ret.Exchange!.Difference));
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.Equal("agent:anna", exchange.EnteredBy);
        Assert.Equal([(PaymentMethod.StoreCredit, 49.95m), (PaymentMethod.Card, 10m)], exchange.Payments!.Select(p => (p.Method, p.Authorised)));

        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)), "wms:DC-CENTRAL"), HttpStatusCode.OK);
        exchange = await DeliverAllAsync(Api, await Api.GetOrderAsync(exchange.Number));

        Assert.Equal([(49.95m, 0m), (10m, 0m)], exchange.Payments!.Select(p => (p.Captured, p.Refunded)));
        var original = await Api.GetOrderAsync(order.Number);
        Assert.Equal(0m, original.Payments![0].Refunded);
        Assert.Contains(original.Timeline, t => t.Type == "return.requested" && t.Actor == "agent:anna");
        Assert.Contains(exchange.Timeline, t => t.Type == "order.captured" && t.Actor == "agent:anna");
        Assert.Equal(1, (await Api.StockAtAsync(size, "DC-CENTRAL")).AvailableToPromise);
    }
}

public sealed class ExchangeUseCaseTests_Sqlite(SqliteFixture fx) : ExchangeUseCaseTests(fx), IClassFixture<SqliteFixture>;

public sealed class ExchangeUseCaseTests_Postgres(PostgresFixture fx) : ExchangeUseCaseTests(fx), IClassFixture<PostgresFixture>;
