using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Fulfilment;
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

        var responses = await Task.WhenAll(orders.Select(o => fx.NewClient().PostAsync($"/api/orders/{o.Id}/cancel",
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
            fx.NewClient().PostAsync($"/api/orders/{x.Order.Id}/amendments", x.Amendment, "agent:anna")));

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
            var client = fx.NewClient();
            var release = await client.PostAsync($"/api/fulfilment-orders/{fo}/release", null, "wms:test");
            var ship = new ShipRequest("PostNL", $"3S{o.Number}", null);
            var ships = await Task.WhenAll(client.PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"),
                fx.NewClient().PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test"));
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

    /// <summary>
    /// <paramref name="count"/> orders captured at once, each with one unit of <paramref name="a"/> and one of
    /// <paramref name="b"/>: even ones A then B, odd ones B then A. All must be allocated in one fulfilment order.
    /// </summary>
    internal static async Task<List<OrderResponse>> CrossedOrdersAsync(OmsFixture fx, string prefix, string a, string b, int count)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, count).Select(i => fx.NewClient().PostAsync("/api/orders",
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
