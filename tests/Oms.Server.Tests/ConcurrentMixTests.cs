using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.ConcurrentStockTests;

namespace Oms.Server.Tests;

/// <summary>
/// Captures, cancellations, shipments and stock counts of the same SKUs all at once, on either database: never a 500,
/// and afterwards every stock row reserves exactly what the order lines hold there.
/// </summary>
public abstract class ConcurrentMixTests(OmsFixture fx)
{
    private const string Dc = "DC-CENTRAL";
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Captures_cancels_shipments_and_counts_of_the_same_skus_at_once_all_succeed_and_the_books_balance()
    {
        await Api.StockOnlyAtAsync("SKU-0017", (Dc, 1000));
        await Api.StockOnlyAtAsync("SKU-0018", (Dc, 1000));
        var existing = await CrossedOrdersAsync(fx, "MIXA", "SKU-0017", "SKU-0018", 40);
        var (toCancel, toShip) = (existing[..20], existing[20..]);

        // Counts that leave every promise covered (the DC at 1000, a store at a few units): nothing is short, so every
        // command must succeed, whatever it runs into.
        var work = new List<Task<HttpResponseMessage[]>>();
        work.AddRange(Enumerable.Range(0, 30).Select(i => Single(Capture(Crossed("MIXN", i, "SKU-0017", "SKU-0018")))));
        work.AddRange(toCancel.Select(o => Single(Cancel(o))));
        work.AddRange(toShip.Select(ReleaseAndShipAsync));
        work.AddRange(Enumerable.Range(0, 12).Select(i => Single(Count(i % 3 == 2 ? "STORE-UTR" : Dc, i % 2 == 0 ? "SKU-0017" : "SKU-0018",
            i % 3 == 2 ? i : 1000))));
        var responses = (await Task.WhenAll(work)).SelectMany(r => r).ToList();

        await RaceAssert.StatusesAsync(responses, RaceAssert.Logged(fx), HttpStatusCode.OK, HttpStatusCode.Created);
        foreach (var o in await Task.WhenAll(toCancel.Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Cancelled, l.Status));
        foreach (var o in await Task.WhenAll(toShip.Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Shipped, l.Status));
        // The 30 new orders hold one unit of each SKU; cancelled and shipped ones hold none.
        Assert.Equal(30, (await Api.StockAsync("SKU-0017")).Reserved);
        Assert.Equal(30, (await Api.StockAsync("SKU-0018")).Reserved);
        await StockBooksAudit.AssertBalancedAsync(fx);
    }

    [Fact]
    public async Task Counts_below_what_is_promised_racing_captures_cancels_and_shipments_never_fail_and_the_books_balance()
    {
        await Api.StockOnlyAtAsync("SKU-0019", (Dc, 60), ("STORE-AMS", 20), ("STORE-RTM", 20));
        await Api.StockOnlyAtAsync("SKU-0020", (Dc, 60), ("STORE-AMS", 20), ("STORE-RTM", 20));
        var existing = await CrossedOrdersAsync(fx, "MIXB", "SKU-0019", "SKU-0020", 30);
        var (toCancel, toShip) = (existing[..10], existing[10..20]);

        // The DC is counted below what it promised (its newest promises are sourced again, elsewhere or to back-order)
        // and back up again (back-orders are served): releasing or shipping a fulfilment order whose lines lost their
        // stock meanwhile is refused with 409, which is the truth; nothing may fail.
        var work = new List<Task<HttpResponseMessage[]>>();
        work.AddRange(Enumerable.Range(0, 30).Select(i => Single(Capture(Crossed("MIXC", i, "SKU-0019", "SKU-0020")))));
        work.AddRange(toCancel.Select(o => Single(Cancel(o))));
        work.AddRange(toShip.Select(ReleaseAndShipAsync));
        int[] dcCounts = [10, 45, 0, 30, 5, 60];
        work.AddRange(dcCounts.SelectMany((n, i) => new[]
        {
            Single(Count(Dc, "SKU-0019", n)),
            Single(Count(Dc, "SKU-0020", dcCounts[^(i + 1)])),
            Single(Count(i % 2 == 0 ? "STORE-AMS" : "STORE-RTM", i % 2 == 0 ? "SKU-0019" : "SKU-0020", 5 * i)),
        }));
        var responses = (await Task.WhenAll(work)).SelectMany(r => r).ToList();

        await RaceAssert.StatusesAsync(responses, RaceAssert.Logged(fx),
            HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.Conflict);
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict),
            r => Assert.Contains("/fulfilment-orders/", r.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal));
        foreach (var o in await Task.WhenAll(toCancel.Select(o => Api.GetOrderAsync(o.Number))))
            Assert.All(o.Lines, l => Assert.Equal(LineStatus.Cancelled, l.Status));
        await StockBooksAudit.AssertBalancedAsync(fx);
        foreach (var sku in new[] { "SKU-0019", "SKU-0020" })
            Assert.All((await Api.StockAsync(sku)).Locations, p => Assert.True(p.Reserved <= Math.Max(0, p.OnHand),
                $"{sku} at {p.Location}: {p.Reserved} reserved of {p.OnHand} on hand after the shortfalls were resolved"));
    }

    private Task<HttpResponseMessage> Capture(CaptureOrderRequest order) => fx.PatientClient().PostAsync("/api/orders", order);

    private Task<HttpResponseMessage> Cancel(OrderResponse o)
        => fx.PatientClient().PostAsync($"/api/orders/{o.Id}/cancel", new CancelOrderRequest(null, "changed their mind"), "agent:anna");

    private Task<HttpResponseMessage> Count(string location, string sku, int onHand)
        => fx.PatientClient().SendAsync(HttpMethod.Put, $"/api/stock/{location}/{sku}", new SetStockRequest(onHand, 0, "cycle count"),
            "wms:count");

    /// <summary>Released, then shipped; the ship is not sent when the release was refused.</summary>
    private async Task<HttpResponseMessage[]> ReleaseAndShipAsync(OrderResponse o)
    {
        var fo = Assert.Single(o.FulfilmentOrders).Id;
        var client = fx.PatientClient();
        var release = await client.PostAsync($"/api/fulfilment-orders/{fo}/release", null, "wms:test");
        if (!release.IsSuccessStatusCode) return [release];
        var ship = new ShipRequest("PostNL", $"3S{o.Number}", null);
        return [release, await client.PostAsync($"/api/fulfilment-orders/{fo}/ship", ship, "wms:test")];
    }

    private static async Task<HttpResponseMessage[]> Single(Task<HttpResponseMessage> response) => [await response];
}

public sealed class ConcurrentMixTests_Sqlite(SqliteFixture fx) : ConcurrentMixTests(fx), IClassFixture<SqliteFixture>;

public sealed class ConcurrentMixTests_Postgres(PostgresFixture fx) : ConcurrentMixTests(fx), IClassFixture<PostgresFixture>;
