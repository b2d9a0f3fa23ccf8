using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Pickups;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>The omnichannel use cases of MISSION.md, each from capture to its last state, over HTTP.</summary>
public abstract class UseCaseTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task UC01_Buy_online_home_delivery_from_the_central_DC()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10), ("STORE-AMS", 5));
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0001", 2), Ship("SKU-0002", 1)));

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.All(order.Lines, l => Assert.Equal("DC-CENTRAL", l.FulfilmentLocation));
        var fo = Assert.Single(order.FulfilmentOrders);
        Assert.Equal(2, (await Api.StockAtAsync("SKU-0001", "DC-CENTRAL")).Reserved);

        await Api.FulfilAsync(fo.Id, "release");
        await Api.FulfilAsync(fo.Id, "pick");
        await Api.FulfilAsync(fo.Id, "pack");
        order = await Api.ShipAsync(fo.Id, "PostNL", "3SUC01");
        Assert.Equal(OrderStatus.Shipped, order.Status);
        var dc = await Api.StockAtAsync("SKU-0001", "DC-CENTRAL");
        Assert.Equal((8, 0), (dc.OnHand, dc.Reserved));

        order = await Api.DeliverAsync(Assert.Single(order.Shipments).Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.All(order.Lines, l => Assert.Equal(LineStatus.Delivered, l.Status));
        Assert.Equal("3SUC01", order.Shipments[0].TrackingNumber);
        AssertTimeline(order, "order.captured", "line.allocated", "line.released", "line.picked", "line.packed", "line.shipped", "shipment.created", "line.delivered");
        Assert.Contains(order.Timeline, t => t.Type == "line.shipped" && t.Actor == "wms:test");
        Assert.Contains(order.Timeline, t => t.Type == "line.delivered" && t.Actor == "carrier:postnl");
    }

    [Fact]
    public async Task UC02_Buy_online_pick_up_in_the_chosen_store()
    {
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 50), ("STORE-UTR", 3));

        var order = await Api.CaptureAsync(Online(Pickup("SKU-0003", "STORE-UTR")));

        var line = Assert.Single(order.Lines);
        Assert.Equal("STORE-UTR", line.FulfilmentLocation);
        Assert.Equal(1, (await Api.StockAtAsync("SKU-0003", "STORE-UTR")).Reserved);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.FulfilAsync(fo, "pick", actor: "store:STORE-UTR");
        Assert.Null(Assert.Single(order.FulfilmentOrders).CollectBy);
        order = await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-UTR");
        Assert.Equal(OrderStatus.ReadyForPickup, order.Status);
        Assert.Equal(fx.Clock.GetUtcNow().UtcDateTime.AddDays(7), order.Lines[0].PickupExpiresAt);
        // The store's list of staged pickups says whose each is and until when it waits, without a read of each order.
        var staged = await Api.ExpectAsync<CursorPage<FulfilmentOrderResponse>>(
            await Api.Http.GetAsync("/api/fulfilment-orders?location=STORE-UTR&status=readyForPickup&order=newest"), HttpStatusCode.OK);
        var listed = Assert.Single(staged.Items, f => f.Id == fo);
        Assert.Equal((order.Customer!.Id, order.Customer.Email, order.Customer.Name), (listed.Customer!.Id, listed.Customer.Email, listed.Customer.Name));
        Assert.Equal(order.Lines[0].PickupExpiresAt, listed.CollectBy);
        Assert.Equal(listed.CollectBy, Assert.Single(order.FulfilmentOrders).CollectBy);

        order = await Api.FulfilAsync(fo, "collect", actor: "store:STORE-UTR");

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(LineStatus.Collected, order.Lines[0].Status);
        var store = await Api.StockAtAsync("SKU-0003", "STORE-UTR");
        Assert.Equal((2, 0), (store.OnHand, store.Reserved));
        Assert.Equal(50, (await Api.StockAtAsync("SKU-0003", "DC-CENTRAL")).OnHand);
        AssertTimeline(order, "order.captured", "line.allocated", "line.released", "line.picked", "line.ready-for-pickup", "line.collected");
    }

    [Fact]
    public async Task UC02_Uncollected_pickup_expires_after_the_configured_days_and_releases_its_stock()
    {
        await Api.StockOnlyAtAsync("SKU-0004", ("STORE-RTM", 2));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0004", "STORE-RTM", 2)));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-RTM");
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0004", "STORE-RTM")).AvailableToPromise);

        fx.Clock.Advance(TimeSpan.FromDays(6));
        var early = await Api.ExpectAsync<PickupSweepResponse>(await Api.PostAsync("/api/pickups/expire-due"), HttpStatusCode.OK);
        Assert.DoesNotContain(order.Number, early.Orders);
        fx.Clock.Advance(TimeSpan.FromDays(2));
        var sweep = await Api.ExpectAsync<PickupSweepResponse>(await Api.PostAsync("/api/pickups/expire-due"), HttpStatusCode.OK);

        Assert.Contains(order.Number, sweep.Orders);
        order = await Api.GetOrderAsync(order.Id.ToString());
        Assert.Equal(LineStatus.PickupExpired, order.Lines[0].Status);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        var store = await Api.StockAtAsync("SKU-0004", "STORE-RTM");
        Assert.Equal((2, 0, 2), (store.OnHand, store.Reserved, store.AvailableToPromise));
        Assert.Contains(order.Timeline, t => t.Type == "line.pickup-expired" && t.Actor == "system:pickup-expiry");
    }

    [Fact]
    public async Task UC07_Buy_in_store_and_take_it_away()
    {
        await Api.StockOnlyAtAsync("SKU-0005", ("STORE-AMS", 4), ("DC-CENTRAL", 20));

        // The store associate rings it up at the counter.
        var order = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut("SKU-0005", 1)), actor: "associate:tom@STORE-AMS");

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(LineStatus.CarriedOut, order.Lines[0].Status);
        Assert.Equal("STORE-AMS", order.Lines[0].FulfilmentLocation);
        var store = await Api.StockAtAsync("SKU-0005", "STORE-AMS");
        Assert.Equal((3, 0), (store.OnHand, store.Reserved));
        Assert.Equal(20, (await Api.StockAtAsync("SKU-0005", "DC-CENTRAL")).OnHand);
        Assert.Contains(order.Timeline, t => t.Type == "line.carried-out" && t.Actor == "associate:tom");
    }

    [Fact]
    public async Task UC08_Buy_in_store_home_delivery_from_the_DC()
    {
        await Api.StockOnlyAtAsync("SKU-0006", ("STORE-AMS", 0), ("DC-CENTRAL", 5));

        var order = await Api.CaptureAsync(Pos("STORE-AMS", Ship("SKU-0006", 1)), actor: "store:STORE-AMS");

        Assert.Equal("STORE-AMS", order.SellingLocation);
        Assert.Equal("DC-CENTRAL", order.Lines[0].FulfilmentLocation);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo, "DHL", "JVGL0001");
        order = await Api.DeliverAsync(order.Shipments[0].Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal("Utrecht", order.ShippingAddress!.City);
        Assert.Equal((4, 0), await OnHandReserved("SKU-0006", "DC-CENTRAL"));
        AssertTimeline(order, "order.captured", "line.allocated", "line.released", "line.shipped", "line.delivered");
    }

    [Fact]
    public async Task UC25_Agent_cancels_a_whole_online_order_before_it_ships()
    {
        await Api.StockOnlyAtAsync("SKU-0007", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0007", 3)));
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");
        Assert.Equal((10, 3), await OnHandReserved("SKU-0007", "DC-CENTRAL"));

        order = await Api.CancelAsync(order.Number, "Customer called: ordered by mistake", actor: "agent:anna");

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal("Customer called: ordered by mistake", order.Lines[0].CancelReason);
        Assert.Equal((10, 0), await OnHandReserved("SKU-0007", "DC-CENTRAL"));
        Assert.Contains(order.Timeline, t => t.Type == "order.cancelled" && t.Actor == "agent:anna" && t.Message.Contains("ordered by mistake", StringComparison.Ordinal));

        var again = await Api.PostAsync($"/api/fulfilment-orders/{order.FulfilmentOrders[0].Id}/ship", new ShipRequest("DHL", "X", null));
        await OmsClient.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UC25_Agent_cancels_some_lines_and_the_rest_ships()
    {
        await Api.StockOnlyAtAsync("SKU-0008", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0009", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0008", 1, 20m), Ship("SKU-0009", 2, 15m)));

        order = await Api.CancelAsync(order.Id.ToString(), "Out of budget", [order.Lines[1].Id]);

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal([LineStatus.Allocated, LineStatus.Cancelled], order.Lines.Select(l => l.Status));
        Assert.Equal(20m + 4.95m, order.Totals.Total);
        Assert.Equal((10, 0), await OnHandReserved("SKU-0009", "DC-CENTRAL"));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal((9, 0), await OnHandReserved("SKU-0008", "DC-CENTRAL"));

        var late = await Api.PostAsync($"/api/orders/{order.Id}/cancel", new CancelOrderRequest([order.Lines[0].Id], "too late"), "agent:anna");
        var problem = await OmsClient.ProblemAsync(late, HttpStatusCode.Conflict);
        Assert.Equal("shipped", problem.GetProperty("state").GetString());
        Assert.Equal("cancel", problem.GetProperty("action").GetString());
    }

    [Fact]
    public async Task UC26_Agent_tells_a_customer_the_status_of_any_order_online_or_in_store()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var online = await Api.CaptureAsync(Online(NewId("WEB"), email, Ship("SKU-0010")));
        fx.Clock.Advance(TimeSpan.FromHours(3));
        var inStore = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut("SKU-0011")) with
        {
            Customer = new CustomerRequest(email.ToUpperInvariant(), "Anna de Vries", "+31699999999"),
        });

        // The agent at the call center looks everything up with their own sign-in.
        var agent = Api.For("agent:anna");
        var history = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await agent.SendAsync(HttpMethod.Get, $"/api/orders?email={email}"), HttpStatusCode.OK);
        Assert.Equal(2, history.Items.Count);
        Assert.Equal([inStore.Number, online.Number], history.Items.Select(i => i.Number));
        Assert.Equal([OrderStatus.Completed, OrderStatus.Allocated], history.Items.Select(i => i.Status));

        var byPhone = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await agent.SendAsync(HttpMethod.Get, "/api/orders?phone=%2B31699999999"), HttpStatusCode.OK);
        Assert.Equal(inStore.Number, Assert.Single(byPhone.Items).Number);
        var byChannelId = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await agent.SendAsync(HttpMethod.Get, $"/api/orders?channel=web&channelOrderId={online.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Equal(online.Id, Assert.Single(byChannelId.Items).Id);

        var detail = await agent.GetOrderAsync(online.Number);
        Assert.Equal(OrderStatus.Allocated, detail.Status);
        Assert.Equal(online.Customer!.Id, (await agent.GetOrderAsync(inStore.Number)).Customer!.Id);
        Assert.Contains(detail.Timeline, t => t.Type == "line.allocated" && t.Message.Contains("DC-CENTRAL", StringComparison.Ordinal));
    }

    private async Task<(int OnHand, int Reserved)> OnHandReserved(string sku, string location)
    {
        var p = await Api.StockAtAsync(sku, location);
        return (p.OnHand, p.Reserved);
    }

    private static void AssertTimeline(OrderResponse order, params string[] types)
    {
        var seen = order.Timeline.Select(t => t.Type).ToList();
        var at = -1;
        foreach (var type in types)
        {
            var next = seen.FindIndex(at + 1, t => t == type);
            Assert.True(next > at, $"Timeline lacks '{type}' after position {at}: {string.Join(", ", seen)}");
            at = next;
        }
        Assert.Equal(Enumerable.Range(1, order.Timeline.Count), order.Timeline.Select(t => t.Sequence));
    }
}

public sealed class UseCaseTests_Sqlite(SqliteFixture fx) : UseCaseTests(fx), IClassFixture<SqliteFixture>;

public sealed class UseCaseTests_Postgres(PostgresFixture fx) : UseCaseTests(fx), IClassFixture<PostgresFixture>;
