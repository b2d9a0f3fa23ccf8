using System.Net;
using System.Net.Http.Json;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Access;

/// <summary>
/// Object-level authorisation (OWASP API1): a store associate, a channel's key and a warehouse's key reach only their
/// own objects. Anything else answers 404 — the same as an id that does not exist — and lists leave it out.
/// </summary>
public abstract class ObjectScopeTests(OmsFixture fx)
{
    private const string Utrecht = "associate:sara@STORE-UTR";
    private OmsClient Api => fx.Api;

    /// <summary>One order shipped from STORE-AMS and one from STORE-UTR, each with its fulfilment order.</summary>
    private async Task<(OrderResponse Ams, OrderResponse Utr)> TwoStoreOrdersAsync(string sku)
    {
        await Api.StockOnlyAtAsync(sku, ("STORE-AMS", 5), ("STORE-UTR", 5));
        var ams = await Api.CaptureAsync(Online(NewId("WEB"), "a@example.com", Pickup(sku, "STORE-AMS")));
        var utr = await Api.CaptureAsync(Online(NewId("WEB"), "u@example.com", Pickup(sku, "STORE-UTR")));
        Assert.Equal(("STORE-AMS", "STORE-UTR"), (ams.FulfilmentOrders[0].Location, utr.FulfilmentOrders[0].Location));
        return (ams, utr);
    }

    [Fact]
    public async Task A_store_associate_cannot_read_list_or_act_on_another_stores_orders_fulfilment_orders_or_stock()
    {
        var (ams, utr) = await TwoStoreOrdersAsync("SKU-0027");
        var sara = Api.For(Utrecht);

        // Another store's order, fulfilment order and stock: not found, as if they did not exist.
        await OmsClient.ProblemAsync(await sara.SendAsync(HttpMethod.Get, $"/api/orders/{ams.Number}"), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await sara.SendAsync(HttpMethod.Get, $"/api/orders/{ams.Id}/payments"), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await sara.SendAsync(HttpMethod.Get, $"/api/fulfilment-orders/{ams.FulfilmentOrders[0].Id}"),
            HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await sara.PostAsync($"/api/fulfilment-orders/{ams.FulfilmentOrders[0].Id}/release"), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await sara.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0027", new SetStockRequest(0, 0)),
            HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await sara.PostAsync($"/api/orders/{ams.Number}/cancel", new { reason = "probe" }), HttpStatusCode.Forbidden);

        // Lists leave them out; their own store's are there.
        var orders = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await sara.SendAsync(HttpMethod.Get, "/api/orders?limit=200"),
            HttpStatusCode.OK);
        Assert.Contains(orders.Items, o => o.Id == utr.Id);
        Assert.DoesNotContain(orders.Items, o => o.Id == ams.Id);
        var work = await Api.ExpectAsync<CursorPage<FulfilmentOrderResponse>>(
            await sara.SendAsync(HttpMethod.Get, "/api/fulfilment-orders?limit=200"), HttpStatusCode.OK);
        Assert.All(work.Items, f => Assert.Equal("STORE-UTR", f.Location));
        Assert.Contains(work.Items, f => f.Id == utr.FulfilmentOrders[0].Id);
        var stock = await Api.ExpectAsync<AvailabilityResponse>(await sara.SendAsync(HttpMethod.Get, "/api/stock/SKU-0027"), HttpStatusCode.OK);
        Assert.Equal(["STORE-UTR"], stock.Locations.Select(l => l.Location));
        var movements = await Api.ExpectAsync<CursorPage<StockMovementResponse>>(
            await sara.SendAsync(HttpMethod.Get, "/api/stock/movements?sku=SKU-0027&limit=200"), HttpStatusCode.OK);
        Assert.All(movements.Items, m => Assert.Equal("STORE-UTR", m.Location));

        // Their own store's work goes on, and nothing of the other store changed.
        var released = await sara.FulfilAsync(utr.FulfilmentOrders[0].Id, "release", actor: Utrecht);
        Assert.Contains(released.Timeline, t => t.Actor == "associate:sara");
        Assert.Equal(ams.Version, (await Api.GetOrderAsync(ams.Number)).Version);
        Assert.Equal(5, (await Api.StockAtAsync("SKU-0027", "STORE-AMS")).OnHand);
    }

    [Fact]
    public async Task A_channel_key_captures_and_reads_for_its_own_channel_only()
    {
        var web = Api.For("channel:web");
        var own = await web.CaptureAsync(Online(Ship("SKU-0028")));
        Assert.Contains(own.Timeline, t => t.Type == "order.captured" && t.Actor == "channel:web");

        var other = Online(Ship("SKU-0028")) with { Channel = "marketplace", ChannelOrderId = NewId("BOL") };
        var refused = await OmsClient.ProblemAsync(await web.PostAsync("/api/orders", other), HttpStatusCode.Forbidden);
        Assert.Contains("web", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var search = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.SendAsync(HttpMethod.Get, $"/api/orders?channelOrderId={other.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Empty(search.Items);

        var marketplaceOrder = await Api.For("channel:marketplace").CaptureAsync(other);
        await OmsClient.ProblemAsync(await web.SendAsync(HttpMethod.Get, $"/api/orders/{marketplaceOrder.Number}"), HttpStatusCode.NotFound);
        var listed = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(await web.SendAsync(HttpMethod.Get, "/api/orders?limit=200"),
            HttpStatusCode.OK);
        Assert.All(listed.Items, o => Assert.Equal("web", o.Channel));
    }

    [Fact]
    public async Task A_warehouse_key_cannot_ship_another_locations_parcel()
    {
        await Api.StockOnlyAtAsync("SKU-0029", ("STORE-AMS", 3));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0029")));
        var fo = order.FulfilmentOrders[0];
        Assert.Equal("STORE-AMS", fo.Location);
        var dc = Api.For("wms:DC-CENTRAL");

        await OmsClient.ProblemAsync(await dc.PostAsync($"/api/fulfilment-orders/{fo.Id}/ship", new { carrier = "PostNL", trackingNumber = "3SX" }),
            HttpStatusCode.NotFound);
        Assert.Equal(order.Version, (await Api.GetOrderAsync(order.Number)).Version);
        var store = Api.For("store:STORE-AMS");
        await store.FulfilAsync(fo.Id, "release", actor: "store:STORE-AMS");
        var shipped = await store.FulfilAsync(fo.Id, "ship", new { carrier = "PostNL", trackingNumber = "3SX" }, "store:STORE-AMS");
        Assert.Single(shipped.Shipments);
    }

    [Fact]
    public async Task A_till_names_its_cashier_and_the_timeline_says_who_via_which_till_while_others_may_not()
    {
        var sale = Pos("STORE-AMS", CarryOut("SKU-0030"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(sale, options: OmsClient.Json) };
        await Api.AuthenticateAsync(request, "store:STORE-AMS");
        request.Headers.Add("X-Actor", "cashier:piet");
        var order = await Api.ExpectAsync<OrderResponse>(await Api.Http.SendAsync(request), HttpStatusCode.Created);
        Assert.Contains(order.Timeline, t => t.Type == "order.captured" && t.Actor == "cashier:piet via store:STORE-AMS");

        using var named = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order.Number}/cancel")
        {
            Content = JsonContent.Create(new { reason = "not me" }),
        };
        named.Headers.Add("X-Actor", "agent:someone-else");
        var refused = await OmsClient.ProblemAsync(await Api.Http.SendAsync(named), HttpStatusCode.Forbidden);
        Assert.Contains("X-Actor", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class ObjectScopeTests_Sqlite(SqliteFixture fx) : ObjectScopeTests(fx), IClassFixture<SqliteFixture>;

public sealed class ObjectScopeTests_Postgres(PostgresFixture fx) : ObjectScopeTests(fx), IClassFixture<PostgresFixture>;
