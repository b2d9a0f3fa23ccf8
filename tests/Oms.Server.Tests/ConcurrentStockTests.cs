using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Every command that changes stock (cancel, amend, ship) can run at the same time as any other on the same SKUs and
/// locations, in any line order, on either database: each answers as it would alone, and the books balance afterwards.
/// Half the orders hold their lines as A,B and half as B,A, so that on PostgreSQL any command that locked stock rows in
/// line order would deadlock with its mirror image.
/// </summary>
public abstract class ConcurrentStockTests(OmsFixture fx)
{
    private const string Dc = "DC-CENTRAL";
    private OmsClient Api => fx.Api;
    private Func<string> Logged => RaceAssert.Logged(fx);

    [Fact]
    public async Task A_hundred_simultaneous_cancels_of_crossed_two_line_orders_all_succeed_and_give_back_every_unit()
    {
        await Api.StockOnlyAtAsync("SKU-0011", (Dc, 500));
        await Api.StockOnlyAtAsync("SKU-0012", (Dc, 500));
        var orders = await CrossedOrdersAsync(fx, "CXL", "SKU-0011", "SKU-0012", 100);
        Assert.Equal(100, (await Api.StockAtAsync("SKU-0011", Dc)).Reserved);

        var responses = await Task.WhenAll(orders.Select(o => fx.PatientClient().PostAsync($"/api/orders/{o.Id}/cancel",
            new CancelOrderRequest(null, "customer changed their mind"), "agent:anna")));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.OK);
        foreach (var o in await Task.WhenAll(orders.Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Cancelled, l.Status));
        foreach (var sku in new[] { "SKU-0011", "SKU-0012" })
        {
            var dc = await Api.StockAtAsync(sku, Dc);
            Assert.Equal((500, 0), (dc.OnHand, dc.Reserved));
        }
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    [Fact]
    public async Task Concurrent_amendments_of_crossed_orders_sharing_stock_all_succeed_and_reserve_exactly_what_the_lines_say()
    {
        await Api.StockOnlyAtAsync("SKU-0013", (Dc, 500));
        await Api.StockOnlyAtAsync("SKU-0014", (Dc, 500));
        var orders = await CrossedOrdersAsync(fx, "AMD", "SKU-0013", "SKU-0014", 30);

        // Three amendments of every order at once: its first line to 2, its second to 3, and a line of its first SKU added,
        // so that commands conflict on the order as well as on both stock rows, from both sides.
        var amendments = orders.SelectMany(o => new AmendOrderRequest[]
        {
            new(AmendmentType.ChangeQuantity, o.Lines[0].Id, 2),
            new(AmendmentType.ChangeQuantity, o.Lines[1].Id, 3),
            new(AmendmentType.AddLine, Line: Ship(o.Lines[0].Sku)),
        }.Select(a => (Order: o, Amendment: a))).ToList();
        var responses = await Task.WhenAll(amendments.Select(x =>
            fx.PatientClient().PostAsync($"/api/orders/{x.Order.Id}/amendments", x.Amendment, "agent:anna")));

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.OK);
        foreach (var o in await Task.WhenAll(orders.Select(o => Api.GetOrderAsync(o.Number))))
        {
            Assert.Equal([2, 3, 1], o.Lines.Select(l => l.Quantity));
            Assert.All(o.Lines, l => Assert.Equal((LineStatus.Allocated, Dc), (l.Status, l.FulfilmentLocation)));
        }
        // Each order holds 3 of its first SKU and 3 of its second: 15 orders each way round.
        Assert.Equal(90, (await Api.StockAtAsync("SKU-0013", Dc)).Reserved);
        Assert.Equal(90, (await Api.StockAtAsync("SKU-0014", Dc)).Reserved);
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    [Fact]
    public async Task Concurrent_releases_and_shipments_of_crossed_orders_all_succeed_and_each_unit_leaves_once()
    {
        await Api.StockOnlyAtAsync("SKU-0015", (Dc, 500));
        await Api.StockOnlyAtAsync("SKU-0016", (Dc, 500));
        var orders = await CrossedOrdersAsync(fx, "SHP", "SKU-0015", "SKU-0016", 40);

        // Each order: released, then its ship event sent twice at once (a WMS resending it), all orders at the same time.
        var responses = await Task.WhenAll(orders.Select(async o =>
        {
            var fo = Assert.Single(o.FulfilmentOrders).Id;
            var client = fx.PatientClient();
            var release = await client.PostAsync($"/api/fulfilment-orders/{fo}/release", null, "wms:test");
            var ship = new ShipRequest("PostNL", $"3S{o.Number}", null);
            var ships = await Task.WhenAll(client.PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"),
                fx.PatientClient().PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"));
            return ships.Prepend(release);
        }));

        await RaceAssert.StatusesAsync(responses.SelectMany(r => r), Logged, HttpStatusCode.OK);
        foreach (var o in await Task.WhenAll(orders.Select(o => Api.GetOrderAsync(o.Number))))
        {
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Shipped, l.Status));
            Assert.Single(o.Shipments);
        }
        foreach (var sku in new[] { "SKU-0015", "SKU-0016" })
        {
            var dc = await Api.StockAtAsync(sku, Dc);
            Assert.Equal((460, 0), (dc.OnHand, dc.Reserved));
        }
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    [Fact]
    public async Task Concurrent_rejections_re_source_crossed_orders_elsewhere_while_others_are_cancelled_and_counted()
    {
        await Api.StockOnlyAtAsync("SKU-0026", (Dc, 100), ("STORE-AMS", 100));
        await Api.StockOnlyAtAsync("SKU-0027", (Dc, 100), ("STORE-AMS", 100));
        var orders = await CrossedOrdersAsync(fx, "REJ", "SKU-0026", "SKU-0027", 30);
        var (toReject, toCancel) = (orders[..20], orders[20..]);

        // A rejection releases at the DC and reserves at the store in one command, each order's lines in its own order.
        var work = toReject.Select(o => Post($"/api/fulfilment-orders/{Assert.Single(o.FulfilmentOrders).Id}/reject",
                new RejectRequest(null, "damaged on the shelf"), "wms:test"))
            .Concat(toCancel.Select(o => Post($"/api/orders/{o.Id}/cancel", new CancelOrderRequest(null, "changed their mind"))))
            .Concat(Enumerable.Range(0, 6).Select(i => fx.PatientClient().SendAsync(HttpMethod.Put,
                $"/api/stock/{(i % 2 == 0 ? Dc : "STORE-AMS")}/{(i % 3 == 0 ? "SKU-0026" : "SKU-0027")}", new SetStockRequest(100, 0))));
        var responses = await Task.WhenAll(work);

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.OK);
        foreach (var o in await Task.WhenAll(toReject.Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal((LineStatus.Allocated, "STORE-AMS"), (l.Status, l.FulfilmentLocation)));
        foreach (var sku in new[] { "SKU-0026", "SKU-0027" })
            Assert.Equal((0, 20), ((await Api.StockAtAsync(sku, Dc)).Reserved, (await Api.StockAtAsync(sku, "STORE-AMS")).Reserved));
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    [Fact]
    public async Task Restocking_racing_cancels_and_captures_of_back_ordered_crossed_orders_never_fails_and_the_books_balance()
    {
        await Api.StockOnlyAtAsync("SKU-0028", (Dc, 0));
        await Api.StockOnlyAtAsync("SKU-0029", (Dc, 0));
        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => fx.PatientClient().PostAsync("/api/orders",
            Crossed("BACK", i, "SKU-0028", "SKU-0029"))));
        var waiting = await Task.WhenAll(responses.Select(r => Api.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        Assert.All(waiting, o => Assert.All(o.Lines, l => Assert.Equal(LineStatus.Backordered, l.Status)));

        // Each delivery of goods sources back-orders inline, oldest first, while some of them are being cancelled and new
        // orders take units directly.
        var work = Enumerable.Range(0, 20).Select(i => Post($"/api/stock/{Dc}/{(i % 2 == 0 ? "SKU-0028" : "SKU-0029")}/adjustments",
                new AdjustStockRequest(3, "delivery from the supplier"), "wms:test"))
            .Concat(waiting[..10].Select(o => Post($"/api/orders/{o.Id}/cancel", new CancelOrderRequest(null, "too slow"))))
            .Concat(Enumerable.Range(0, 10).Select(i => Post("/api/orders", Crossed("FRESH", i, "SKU-0028", "SKU-0029"))));
        responses = await Task.WhenAll(work);

        await RaceAssert.StatusesAsync(responses, Logged, HttpStatusCode.OK, HttpStatusCode.Created);
        foreach (var o in await Task.WhenAll(waiting[..10].Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Cancelled, l.Status));
        foreach (var sku in new[] { "SKU-0028", "SKU-0029" })
        {
            var dc = await Api.StockAtAsync(sku, Dc);
            Assert.True(dc.OnHand == 30 && dc.Reserved <= 30, $"{sku}: {dc.Reserved} reserved of {dc.OnHand}");
        }
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    private Task<HttpResponseMessage> Post(string url, object? body, string actor = "agent:anna")
        => fx.PatientClient().PostAsync(url, body, actor);

    /// <summary>
    /// <paramref name="count"/> orders captured at once, each with one unit of <paramref name="a"/> and one of
    /// <paramref name="b"/>: even ones A then B, odd ones B then A. All must be allocated in one fulfilment order.
    /// </summary>
    internal static async Task<List<OrderResponse>> CrossedOrdersAsync(OmsFixture fx, string prefix, string a, string b, int count)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i => fx.PatientClient().PostAsync("/api/orders",
            Crossed(prefix, i, a, b))));
        await RaceAssert.StatusesAsync(responses, RaceAssert.Logged(fx), HttpStatusCode.Created);
        var orders = (await Task.WhenAll(responses.Select(r => fx.Api.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)))).ToList();
        Assert.All(orders, o => Assert.All(o.Lines, l => Assert.Equal(LineStatus.Allocated, l.Status)));
        return orders;
    }

    internal static CaptureOrderRequest Crossed(string prefix, int i, string a, string b)
        => Online(NewId($"{prefix}{i}"), $"{prefix.ToLowerInvariant()}{i}-{Guid.NewGuid():N}@example.com",
            i % 2 == 0 ? [Ship(a), Ship(b)] : [Ship(b), Ship(a)]);
}

public sealed class ConcurrentStockTests_Sqlite(SqliteFixture fx) : ConcurrentStockTests(fx), IClassFixture<SqliteFixture>;

public sealed class ConcurrentStockTests_Postgres(PostgresFixture fx) : ConcurrentStockTests(fx), IClassFixture<PostgresFixture>;
