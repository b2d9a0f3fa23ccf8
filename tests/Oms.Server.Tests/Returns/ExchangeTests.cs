using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Outbox;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport.StandIn;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ExchangeSteps;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// Exchanges over HTTP: the returned units give a credit, a new exchange order sends the replacements (captured after the
/// return's commit), the difference is paid on it, and it is released when the goods are back (or at once, at a till).
/// </summary>
public abstract class ExchangeTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task UC19_UC24_An_agent_exchanges_a_delivered_item_for_another_size_shipped_from_the_DC_once_the_goods_are_back()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var other = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(size));

        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(other)));

        var ex = ret.Exchange!;
        Assert.Equal((ReturnKind.Exchange, 49.95m, 49.95m, 0m, ExchangeReleaseMode.OnReceipt),
            (ret.Kind, ex.Credit, ex.ReplacementTotal, ex.Difference, ex.ReleaseMode));
        Assert.NotNull(ex.OrderNumber);
        Assert.Contains(ret.Timeline, t => t.Type == "return.exchange-requested" && t.Actor == Agent);
        Assert.Contains(ret.Timeline, t => t.Type == "return.exchange-order-created" && t.Actor == Agent);

        // The exchange order: same customer and channel, entered by the agent, paid by the credit, reserved at the DC, held.
        var exchange = await Api.GetOrderAsync(ex.OrderNumber!);
        Assert.Equal((ex.OrderId, "web", $"X-{ret.Number}", Agent, "anna@example.com"),
            (exchange.Id, exchange.Channel, exchange.ChannelOrderId, exchange.EnteredBy, exchange.Customer?.Email));
        Assert.Contains(exchange.Timeline, t => t.Type == "order.captured" && t.Actor == Agent);
        var line = Assert.Single(exchange.Lines);
        Assert.Equal((other, LineStatus.Allocated, "DC-CENTRAL", 49.95m), (line.Sku, line.Status, line.FulfilmentLocation, line.UnitPrice));
        var hold = Assert.Single(exchange.Holds!, h => h.Active);
        Assert.Equal(HoldKind.AwaitingReturn, hold.Kind);
        var payment = Assert.Single(exchange.Payments!);
        Assert.Equal((PaymentMethod.StoreCredit, "offline", 49.95m, 49.95m), (payment.Method, payment.Provider, payment.Amount, payment.Authorised));
        Assert.Equal((1, 1), ((await Api.StockAtAsync(other, "DC-CENTRAL")).OnHand, (await Api.StockAtAsync(other, "DC-CENTRAL")).Reserved));
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/fulfilment-orders/{exchange.FulfilmentOrders[0].Id}/release", null, "wms:test"),
            HttpStatusCode.Conflict);

        // The goods come back: the hold is lifted by whoever received them, and the exchange order may go.
        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id, Units("DC-CENTRAL", Disposition.Restock, (ret.Lines[0].Id, 1)),
            "agent:bob"), HttpStatusCode.OK);
        var after = await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK);
        Assert.Contains(after.Timeline, t => t.Type == "return.exchange-released" && t.Actor == "agent:bob");
        exchange = await Api.GetOrderAsync(ex.OrderNumber!);
        Assert.DoesNotContain(exchange.Holds!, h => h.Active);
        Assert.Contains(exchange.Timeline, t => t.Type == "hold.lifted" && t.Actor == "agent:bob");
        Assert.NotNull(exchange.ReleaseAfter);
        await Api.FulfilAsync(exchange.FulfilmentOrders[0].Id, "release");
        Assert.Equal(1, (await Api.StockAtAsync(size, "DC-CENTRAL")).OnHand);
    }

    [Fact]
    public async Task A_dearer_replacement_is_paid_for_the_difference_by_card_on_the_exchange_order()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var dearer = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(size));
        var request = ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(dearer, 1, 69.95m));

        var missing = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number, request), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("send a payment for the difference of 20.00 EUR", Error(missing, "payment"), StringComparison.Ordinal);
        var wrong = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number,
            request with { Payment = new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa, 10m) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("The difference to pay is 20.00 EUR", Error(wrong, "payment.amount"), StringComparison.Ordinal);

        var ret = await RequestOkAsync(Api, order.Number, request with { Payment = new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa) });

        Assert.Equal((49.95m, 69.95m, 20m), (ret.Exchange!.Credit, ret.Exchange.ReplacementTotal, ret.Exchange.Difference));
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.Equal([(PaymentMethod.StoreCredit, 49.95m, 49.95m), (PaymentMethod.Card, 20m, 20m)],
            exchange.Payments!.Select(p => (p.Method, p.Amount, p.Authorised)));
        Assert.Equal("stripe", exchange.Payments![1].Provider);
        Assert.Equal((69.95m, 69.95m), (exchange.Balance!.Total, exchange.Balance.Authorised));
    }

    [Fact]
    public async Task A_cheaper_replacement_uses_part_of_the_credit_and_the_rest_is_left_for_the_refund()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var cheaper = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(size));
        var request = ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(cheaper, 1, 29.95m));

        var paid = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number,
            request with { Payment = new PaymentRequest(PaymentMethod.Card, "stripe", StandInTokens.Visa) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Nothing to pay", Error(paid, "payment"), StringComparison.Ordinal);
        var ret = await RequestOkAsync(Api, order.Number, request);

        Assert.Equal((49.95m, 29.95m, -20m), (ret.Exchange!.Credit, ret.Exchange.ReplacementTotal, ret.Exchange.Difference));
        Assert.Contains(ret.Timeline, t => t.Message.Contains("20.00 EUR is refunded once the goods are received", StringComparison.Ordinal));
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        var credit = Assert.Single(exchange.Payments!);
        Assert.Equal((PaymentMethod.StoreCredit, 29.95m), (credit.Method, credit.Amount));
        Assert.Equal(0m, ret.RefundedTotal);
    }

    [Fact]
    public async Task UC22_Bought_at_one_store_exchanged_at_another_the_replacement_leaves_its_shelf_and_the_return_is_restocked_there()
    {
        var size = await NewSkuAsync(Api, atDc: 0);
        var other = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(size, ("STORE-AMS", 1));
        await Api.StockOnlyAtAsync(other, ("STORE-AMS", 3), ("STORE-UTR", 2));
        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(size)), actor: "associate:tom@STORE-AMS");
        Assert.Equal(0, (await Api.StockAtAsync(size, "STORE-AMS")).OnHand);

        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-UTR", (sale.Lines[0].Id, 1)).ForItems(Replacement(other)) with
        {
            ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.CarryOut),
        });

        Assert.Equal(ExchangeReleaseMode.Advance, ret.Exchange!.ReleaseMode);
        var exchange = await Api.GetOrderAsync(ret.Exchange.OrderNumber!);
        Assert.Equal(("pos", "STORE-UTR", LineStatus.CarriedOut), (exchange.Channel, exchange.SellingLocation, exchange.Lines[0].Status));
        Assert.Equal((PaymentMethod.StoreCredit, 49.95m), (exchange.Payments![0].Method, exchange.Payments[0].Captured));
        Assert.Equal(1, (await Api.StockAtAsync(other, "STORE-UTR")).OnHand);
        Assert.Equal(3, (await Api.StockAtAsync(other, "STORE-AMS")).OnHand);

        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id, Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1)),
            "associate:uma@STORE-UTR"), HttpStatusCode.OK);
        var utrecht = await Api.StockAtAsync(size, "STORE-UTR");
        Assert.Equal((1, 1), (utrecht.OnHand, utrecht.AvailableToPromise));
        Assert.Equal(0, (await Api.StockAtAsync(size, "STORE-AMS")).OnHand);
    }

    [Fact]
    public async Task Replacements_that_do_not_fit_the_request_are_refused_naming_the_field_and_change_nothing()
    {
        var size = await NewSkuAsync(Api, atDc: 2);
        var dollars = ReferenceData.Code("USD");
        await Api.PutAsync<Oms.Server.Features.Network.ProductResponse>($"/api/products/{dollars}",
            ReferenceData.Product(dollars) with { Currency = "USD" });
        var order = await DeliveredAsync(Api, Ship(size));
        var back = ShipBack((order.Lines[0].Id, 1));
        var before = await DbSnapshot.TakeAsync(fx);

        async Task<System.Text.Json.JsonElement> Refused(ReturnRequest r, HttpStatusCode status)
            => await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number, r), status);

        Assert.Contains("needs replacements", Error(await Refused(back with { Kind = ReturnKind.Exchange }, HttpStatusCode.UnprocessableEntity),
            "replacements"), StringComparison.Ordinal);
        Assert.Contains("Only an exchange or a claim has replacements", Error(await Refused(back with { Replacements = [Replacement(size)] },
            HttpStatusCode.UnprocessableEntity), "replacements"), StringComparison.Ordinal);
        Assert.Contains("quantity must be between", Error(await Refused(back.ForItems(Replacement(size, 0)), HttpStatusCode.BadRequest),
            "replacements[0].quantity"), StringComparison.Ordinal);
        Assert.Contains("Unknown or inactive SKU", Error(await Refused(back.ForItems(Replacement(size), Replacement("NOPE-1")),
            HttpStatusCode.UnprocessableEntity), "replacements[1].sku"), StringComparison.Ordinal);
        Assert.Contains("give unitPrice in EUR", Error(await Refused(back.ForItems(Replacement(dollars)), HttpStatusCode.UnprocessableEntity),
            "replacements[0].unitPrice"), StringComparison.Ordinal);
        Assert.Contains("the method must be handInAtStore", Error(await Refused(back.ForItems(Replacement(size)) with
        {
            ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.CarryOut),
        }, HttpStatusCode.UnprocessableEntity), "replacementDelivery.deliveryMethod"), StringComparison.Ordinal);
        Assert.Contains("needs a pickupLocation", Error(await Refused(back.ForItems(Replacement(size)) with
        {
            ReplacementDelivery = new ReplacementDeliveryRequest(DeliveryMethod.PickupInStore),
        }, HttpStatusCode.UnprocessableEntity), "replacementDelivery.pickupLocation"), StringComparison.Ordinal);

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Delivering_the_exchange_work_item_again_captures_no_second_order()
    {
        var size = await NewSkuAsync(Api, atDc: 1);
        var other = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliveredAsync(Api, Ship(size));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)).ForItems(Replacement(other)));

        using (var scope = fx.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var e = await db.OutboxEvents.AsNoTracking().SingleAsync(x => x.Type == ExchangeEvents.CreateOrder && x.SubjectKey == ret.Number);
            var handler = fx.Services.GetRequiredService<ExchangeOrderCreation>();
            var again = new OutboxMessage(e.Id, Guid.NewGuid(), handler.Name, e.Type, e.Version, e.Subject, e.SubjectKey, e.OccurredAt, e.Data, 2);
            Assert.Equal(HandlerOutcome.Done, (await handler.HandleAsync(again, scope.ServiceProvider, CancellationToken.None)).Outcome);
            Assert.Equal(HandlerOutcome.Done, (await handler.HandleAsync(again, scope.ServiceProvider, CancellationToken.None)).Outcome);
            Assert.Equal(1, await db.Orders.CountAsync(o => o.ChannelOrderId == $"X-{ret.Number}"));
        }
        var after = await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK);
        Assert.Equal(ret.Exchange!.OrderId, after.Exchange!.OrderId);
        Assert.Single(after.Timeline, t => t.Type == "return.exchange-order-created");
        Assert.Equal(1, (await Api.StockAtAsync(other, "DC-CENTRAL")).Reserved);
    }
}

public sealed class ExchangeTests_Sqlite(SqliteFixture fx) : ExchangeTests(fx), IClassFixture<SqliteFixture>;

public sealed class ExchangeTests_Postgres(PostgresFixture fx) : ExchangeTests(fx), IClassFixture<PostgresFixture>;
