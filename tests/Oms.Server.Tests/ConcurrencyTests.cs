using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Stock is never oversold and an order is never changed by two commands at once, on either database.</summary>
public abstract class ConcurrencyTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Fifty_concurrent_orders_for_the_last_ten_units_reserve_exactly_ten()
    {
        await Api.StockOnlyAtAsync("SKU-0031", ("DC-CENTRAL", 10));

        var responses = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => fx.NewClient().PostAsync("/api/orders", Online(NewId($"RUSH{i}"), $"rush{i}@example.com", Ship("SKU-0031", 1)))));

        var orders = await Task.WhenAll(responses.Select(r => Api.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        Assert.Equal(10, orders.Count(o => o.Lines[0].Status == LineStatus.Allocated));
        Assert.Equal(40, orders.Count(o => o.Lines[0].Status == LineStatus.Backordered));
        var dc = await Api.StockAtAsync("SKU-0031", "DC-CENTRAL");
        Assert.Equal((10, 10, 0), (dc.OnHand, dc.Reserved, dc.AvailableToPromise));
    }

    [Fact]
    public async Task Concurrent_orders_of_mixed_sizes_never_reserve_more_than_is_available()
    {
        await Api.StockOnlyAtAsync("SKU-0032", ("DC-CENTRAL", 17), ("STORE-AMS", 4));
        var quantities = Enumerable.Range(0, 30).Select(i => 1 + i % 3).ToList();

        var responses = await Task.WhenAll(quantities.Select((q, i) =>
            fx.NewClient().PostAsync("/api/orders", Online(NewId($"MIX{i}"), $"mix{i}@example.com", Ship("SKU-0032", q)))));

        var orders = await Task.WhenAll(responses.Select(r => Api.ExpectAsync<OrderResponse>(r, HttpStatusCode.Created)));
        var allocated = orders.SelectMany(o => o.Lines).Where(l => l.Status == LineStatus.Allocated).ToList();
        var stock = await Api.StockAsync("SKU-0032");
        foreach (var p in stock.Locations)
        {
            Assert.True(p.Reserved <= p.OnHand, $"{p.Location} reserved {p.Reserved} of {p.OnHand}");
            Assert.Equal(allocated.Where(l => l.FulfilmentLocation == p.Location).Sum(l => l.Quantity), p.Reserved);
        }
        Assert.True(allocated.Sum(l => l.Quantity) >= 17, "The DC's units should all have been sold.");
    }

    [Fact]
    public async Task Orders_that_lock_the_same_stock_in_opposite_order_are_all_captured()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 1000));
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 1000));

        // Half the orders reserve A then B, the other half B then A: on PostgreSQL some deadlock and must be retried.
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => fx.NewClient().PostAsync("/api/orders",
            Online(NewId($"DL{i}"), $"deadlock{i}@example.com", i % 2 == 0 ? [Ship("SKU-0001"), Ship("SKU-0002")] : [Ship("SKU-0002"), Ship("SKU-0001")]))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(40, (await Api.StockAtAsync("SKU-0001", "DC-CENTRAL")).Reserved);
        Assert.Equal(40, (await Api.StockAtAsync("SKU-0002", "DC-CENTRAL")).Reserved);
    }

    [Fact]
    public async Task Six_simultaneous_releases_of_one_fulfilment_order_all_succeed_and_apply_once()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0033")));
        var fo = order.FulfilmentOrders[0].Id;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fx.NewClient().PostAsync($"/api/fulfilment-orders/{fo}/release", null, "wms:test")));

        // A WMS resending "released" restates what happened: each resend is a success, and only one changes the order.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var final = await Api.GetOrderAsync(order.Number);
        Assert.Single(final.Timeline, t => t.Type == "line.released");
    }
}

public sealed class ConcurrencyTests_Sqlite(SqliteFixture fx) : ConcurrencyTests(fx), IClassFixture<SqliteFixture>;

public sealed class ConcurrencyTests_Postgres(PostgresFixture fx) : ConcurrencyTests(fx), IClassFixture<PostgresFixture>;
