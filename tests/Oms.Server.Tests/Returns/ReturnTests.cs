using System.Net;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>Return orders over HTTP: what may come back, receiving into stock, who may reach a return.</summary>
public abstract class ReturnTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_delivered_unit_handed_in_and_restocked_at_a_store_is_sellable_there_and_sources_the_next_order()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));
        Assert.Equal(LineStatus.Delivered, order.Lines[0].Status);

        var response = await RequestAsync(Api, order.Number, HandIn("STORE-AMS", (order.Lines[0].Id, 1)));
        var ret = await Api.ExpectAsync<ReturnResponse>(response, HttpStatusCode.Created);
        Assert.Equal($"/api/returns/{ret.Id}", response.Headers.Location?.OriginalString);
        // Below every approval threshold: approved by the policy at once.
        Assert.Equal((ReturnStatus.Approved, "STORE-AMS", 1), (ret.Status, ret.ExpectedLocation, ret.Lines.Single().Quantity));
        Assert.Equal("system:oms", ret.DecidedBy);
        var onOrder = await Api.GetOrderAsync(order.Number);
        Assert.Contains(onOrder.Timeline, t => t.Type == "return.requested" && t.SubjectId == ret.Id && t.Actor == Agent);
        var listed = await Api.ExpectAsync<OrderReturnsResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}/returns"),
            HttpStatusCode.OK);
        Assert.Equal(ret.Id, Assert.Single(listed.Returns).Id);

        // The associate of the store the goods were handed in at receives them, though the order was never theirs.
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-AMS", Disposition.Restock, (ret.Lines[0].Id, 1)), "associate:sara@STORE-AMS"), HttpStatusCode.OK);
        Assert.Equal((1, 0), (received.Lines[0].ReceivedQuantity, received.Lines[0].OutstandingQuantity));
        Assert.Equal(("STORE-AMS", Disposition.Restock), (received.Receipts.Single().Location, received.Receipts.Single().Disposition));
        Assert.Contains(received.Timeline, t => t.Type == "return.received" && t.Actor == "associate:sara");
        // The whole order came back: the goods and the shipping charge are refunded at once; the order was paid outside the
        // OMS, so the channel is told to pay it; nothing is left to do, so the return closes.
        Assert.Equal((null, 54.90m, ReturnStatus.Closed), (received.RefundDue, received.RefundedTotal, received.Status));
        var refund = Assert.Single(received.Refunds!);
        Assert.Contains("4.95 EUR: Shipping charge refunded: the whole order came back", refund.Explanation);
        Assert.Contains("to be refunded by the channel", Assert.Single(refund.PaidAs), StringComparison.Ordinal);
        var afterReturn = await Api.GetOrderAsync(order.Number);
        Assert.Equal((1, 1, 49.95m, OrderReturnState.Returned), (afterReturn.Lines[0].ReturnedQuantity, afterReturn.Lines[0].RefundedQuantity,
            afterReturn.Lines[0].RefundedAmount, afterReturn.ReturnState));
        Assert.Contains(afterReturn.Timeline, t => t.Type == "refund.instructed" && t.SubjectId == ret.Id);

        var store = await Api.StockAtAsync(sku, "STORE-AMS");
        Assert.Equal((1, 0, 1), (store.OnHand, store.Reserved, store.AvailableToPromise));
        Assert.Equal(0, (await Api.StockAtAsync(sku, "DC-CENTRAL")).OnHand);

        // The returned unit is the only one left anywhere: the next order is served from it at once.
        var next = await Api.CaptureAsync(Online(Pickup(sku, "STORE-AMS")));
        Assert.Equal((LineStatus.Allocated, "STORE-AMS"), (next.Lines[0].Status, next.Lines[0].FulfilmentLocation));
        Assert.Equal(1, (await Api.StockAtAsync(sku, "STORE-AMS")).Reserved);
    }

    [Fact]
    public async Task More_than_was_sold_a_cancelled_line_or_an_undelivered_line_is_refused_naming_the_line_and_changes_nothing()
    {
        var sku = await NewSkuAsync(Api, atDc: 10);
        var captured = await Api.CaptureAsync(Online(Ship(sku, 2), Ship(sku, 1)));
        await Api.CancelAsync(captured.Number, "customer changed the second line", [captured.Lines[1].Id]);
        var order = await DeliverAllAsync(Api, await Api.GetOrderAsync(captured.Number));
        Assert.Equal([LineStatus.Delivered, LineStatus.Cancelled], order.Lines.Select(l => l.Status));
        var undelivered = await Api.CaptureAsync(Online(Ship(sku, 1)));
        await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)));

        var before = await DbSnapshot.TakeAsync(fx);
        var tooMany = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 2))),
            HttpStatusCode.UnprocessableEntity);
        var cancelled = await OmsClient.ProblemAsync(await RequestAsync(Api, order.Number, ShipBack((order.Lines[1].Id, 1))),
            HttpStatusCode.UnprocessableEntity);
        var notYet = await OmsClient.ProblemAsync(await RequestAsync(Api, undelivered.Number, ShipBack((undelivered.Lines[0].Id, 1))),
            HttpStatusCode.UnprocessableEntity);

        Assert.Contains($"Line 1 ({sku}): 2 unit(s) asked, but only 1 of 2", Error(tooMany, "lines[0]"));
        Assert.Contains($"Line 2 ({sku}) was Cancelled", Error(cancelled, "lines[0]"));
        Assert.Contains($"Line 1 ({sku}) is Allocated", Error(notYet, "lines[0]"));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Receiving_more_than_the_return_expects_is_refused_and_changes_nothing()
    {
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliveredAsync(Api, Ship(sku, 2));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 2)));
        var line = ret.Lines[0].Id;
        await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id, Units("DC-CENTRAL", Disposition.Restock, (line, 1))),
            HttpStatusCode.OK);
        Assert.Equal(1, (await Api.StockAtAsync(sku, "DC-CENTRAL")).OnHand);
        Assert.Equal(49.95m, (await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK)).RefundedTotal);

        var before = await DbSnapshot.TakeAsync(fx);
        var twice = await OmsClient.ProblemAsync(await ReceiveAsync(Api, ret.Id, Units("DC-CENTRAL", Disposition.Restock, (line, 2))),
            HttpStatusCode.UnprocessableEntity);
        var split = await OmsClient.ProblemAsync(await ReceiveAsync(Api, ret.Id, new ReceiveReturnRequest("DC-CENTRAL",
            [new ReceivedUnitsRequest(line, 1, Disposition.Restock), new ReceivedUnitsRequest(line, 1, Disposition.WriteOff)])),
            HttpStatusCode.UnprocessableEntity);

        Assert.Contains("expects 1 more unit(s) of 2", Error(twice, "units[0].quantity"));
        Assert.True(split.GetProperty("errors").TryGetProperty("units[1].quantity", out _), split.ToString());
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
        var after = await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id), HttpStatusCode.OK);
        Assert.Equal((1, 1), (after.Lines[0].ReceivedQuantity, after.Receipts.Count));
    }

    [Fact]
    public async Task A_store_associate_takes_a_walk_in_return_at_their_own_store_but_reaches_no_other_store_s_return()
    {
        var sku = await NewSkuAsync(Api, atDc: 0);
        await Api.StockOnlyAtAsync(sku, ("STORE-AMS", 2));
        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut(sku, 1)), actor: "associate:tom@STORE-AMS");
        Assert.Equal(LineStatus.CarriedOut, sale.Lines[0].Status);
        const string stranger = "associate:uma@STORE-UTR";

        // Not their order, and the goods would be handed in elsewhere, or shipped: 404 as for an order that does not exist.
        var before = await DbSnapshot.TakeAsync(fx);
        await OmsClient.ProblemAsync(await RequestAsync(Api, sale.Number, HandIn("STORE-AMS", (sale.Lines[0].Id, 1)), stranger),
            HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await RequestAsync(Api, sale.Number, ShipBack((sale.Lines[0].Id, 1)), stranger),
            HttpStatusCode.NotFound);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        var ret = await RequestOkAsync(Api, sale.Number, HandIn("STORE-AMS", (sale.Lines[0].Id, 1)), "associate:tom@STORE-AMS");
        var units = Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1));
        await OmsClient.ProblemAsync(await GetAsync(Api, ret.Id, stranger), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await ReceiveAsync(Api, ret.Id, units, stranger), HttpStatusCode.NotFound);
        // The store's own associate cannot book the units into another store's stock either.
        await OmsClient.ProblemAsync(await ReceiveAsync(Api, ret.Id, units, "associate:tom@STORE-AMS"), HttpStatusCode.NotFound);
        await Api.ExpectAsync<ReturnResponse>(await GetAsync(Api, ret.Id, "associate:tom@STORE-AMS"), HttpStatusCode.OK);
        await OmsClient.ProblemAsync(await RequestAsync(Api, sale.Number, HandIn("STORE-UTR", (sale.Lines[0].Id, 1)), stranger),
            HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_customer_may_hand_in_a_purchase_at_any_store_whose_associate_opens_the_return_without_seeing_the_order()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));
        const string associate = "associate:uma@STORE-UTR";
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}", actor: associate),
            HttpStatusCode.NotFound);

        var ret = await RequestOkAsync(Api, order.Number, HandIn("STORE-UTR", (order.Lines[0].Id, 1)), associate);
        Assert.Equal(("associate:uma", "STORE-UTR"), (ret.CreatedBy, ret.ExpectedLocation));
        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("STORE-UTR", Disposition.Restock, (ret.Lines[0].Id, 1)), associate), HttpStatusCode.OK);
        Assert.Equal(ReturnStatus.Closed, received.Status);
        Assert.Equal(1, (await Api.StockAtAsync(sku, "STORE-UTR")).AvailableToPromise);
        // Still not theirs to read.
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}", actor: associate),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_walk_in_look_up_finds_any_store_s_purchase_for_a_store_and_refuses_an_empty_query()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));

        var found = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?order={order.Number}", actor: "associate:uma@STORE-UTR"), HttpStatusCode.OK);
        Assert.Equal((order.Number, 1), (Assert.Single(found).Number, found[0].Lines[0].Returnable));
        var none = await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            "/api/returns/lookup?email=nobody%40example.com", actor: "associate:uma@STORE-UTR"), HttpStatusCode.OK);
        Assert.Empty(none);
        var empty = await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Get, "/api/returns/lookup",
            actor: "associate:uma@STORE-UTR"), HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("order", out _));
        // The window runs on the OMS's clock: 31 days on, the line may no longer come back, and the look-up says why.
        fx.Clock.Advance(TimeSpan.FromDays(31));
        var late = Assert.Single(await Api.ExpectAsync<List<ReturnableOrderResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns/lookup?order={order.Number}", actor: "associate:uma@STORE-UTR"), HttpStatusCode.OK)).Lines[0];
        Assert.Equal(0, late.Returnable);
        Assert.Contains("30-day return window ended", late.NotReturnableBecause, StringComparison.Ordinal);
        // A role without returns.manage (a sales channel's system) may not look up purchases at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, $"/api/returns/lookup?order={order.Number}",
            actor: "channel:marketplace")).StatusCode);
    }

    [Fact]
    public async Task A_refund_before_receipt_waits_for_finance_and_a_received_return_can_no_longer_be_cancelled()
    {
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliveredAsync(Api, Ship(sku));
        var ret = await RequestOkAsync(Api, order.Number, ShipBack((order.Lines[0].Id, 1)) with { RefundBeforeReceipt = true });
        Assert.Equal(ReturnStatus.AwaitingApproval, ret.Status);
        Assert.Contains("before the goods are received", ret.ApprovalReasons, StringComparison.Ordinal);
        var queue = await Api.ExpectAsync<CursorPage<ReturnResponse>>(await Api.SendAsync(HttpMethod.Get,
            $"/api/returns?status=awaitingApproval&order={order.Number}", actor: "finance:fien"), HttpStatusCode.OK);
        Assert.Equal(ret.Id, Assert.Single(queue.Items).Id);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await Api.PostAsync($"/api/returns/{ret.Id}/approve", new ReturnDecisionRequest(null), Agent)).StatusCode);
        var approved = await Api.ExpectAsync<ReturnResponse>(await Api.PostAsync($"/api/returns/{ret.Id}/approve",
            new ReturnDecisionRequest("long-standing customer"), "finance:fien"), HttpStatusCode.OK);
        // Approved: the refund goes at once (the whole order, shipping included), before anything came in.
        Assert.Equal((ReturnStatus.Approved, "finance:fien", 54.90m), (approved.Status, approved.DecidedBy, approved.RefundedTotal));
        Assert.Contains(approved.Timeline, t => t.Type == "return.refunded" && t.Actor == "finance:fien");

        var received = await Api.ExpectAsync<ReturnResponse>(await ReceiveAsync(Api, ret.Id,
            Units("DC-CENTRAL", Disposition.WriteOff, (ret.Lines[0].Id, 1))), HttpStatusCode.OK);
        Assert.Equal((ReturnStatus.Closed, 54.90m, 1), (received.Status, received.RefundedTotal, received.Refunds!.Count));
        Assert.Equal(0, (await Api.StockAtAsync(sku, "DC-CENTRAL")).OnHand);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/returns/{ret.Id}/cancel", new ReturnDecisionRequest("too late"), Agent),
            HttpStatusCode.Conflict);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/returns/{ret.Id}/reject", new ReturnDecisionRequest(null), "finance:fien"),
            HttpStatusCode.BadRequest);
    }
}

public sealed class ReturnTests_Sqlite(SqliteFixture fx) : ReturnTests(fx), IClassFixture<SqliteFixture>;

public sealed class ReturnTests_Postgres(PostgresFixture fx) : ReturnTests(fx), IClassFixture<PostgresFixture>;
