using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Stock per SKU per location, available-to-promise, snapshots and deltas from fulfilment points.</summary>
public abstract class StockTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Availability_is_given_per_location_and_for_the_network()
    {
        await Api.StockOnlyAtAsync("SKU-0036", ("DC-CENTRAL", 20), ("STORE-AMS", 3));
        await Api.SetStockAsync("DC-CENTRAL", "SKU-0036", 20, safetyStock: 5);
        await Api.CaptureAsync(Online(Ship("SKU-0036", 4)));

        var atp = await Api.StockAsync("SKU-0036");

        var dc = atp.Locations.Single(l => l.Location == "DC-CENTRAL");
        Assert.Equal((20, 4, 5, 11), (dc.OnHand, dc.Reserved, dc.SafetyStock, dc.AvailableToPromise));
        Assert.Equal(3, atp.Locations.Single(l => l.Location == "STORE-AMS").AvailableToPromise);
        Assert.Equal(atp.Locations.Sum(l => l.AvailableToPromise), atp.AvailableToPromise);
        Assert.Equal(14, atp.AvailableToPromise);
        Assert.Equal(4, atp.Reserved);
    }

    [Fact]
    public async Task A_delta_adds_to_on_hand_and_keeps_reservations()
    {
        await Api.StockOnlyAtAsync("SKU-0037", ("DC-CENTRAL", 5));
        await Api.CaptureAsync(Online(Ship("SKU-0037", 2)));

        var after = await Api.ExpectAsync<AvailabilityResponse>(
            await Api.PostAsync("/api/stock/DC-CENTRAL/SKU-0037/adjustments", new AdjustStockRequest(7, "receipt PO-1")), HttpStatusCode.OK);

        var dc = after.Locations.Single(l => l.Location == "DC-CENTRAL");
        Assert.Equal((12, 2, 10), (dc.OnHand, dc.Reserved, dc.AvailableToPromise));
    }

    [Fact]
    public async Task A_snapshot_sets_absolute_counts_for_many_skus_at_once_and_creates_missing_rows()
    {
        var response = await Api.SendAsync(HttpMethod.Put, "/api/locations/STORE-ARN/stock", new StockSnapshotRequest(
            [new("SKU-0041", 6, null), new("SKU-0038", 2, 1)]));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        Assert.Equal(6, (await Api.StockAtAsync("SKU-0041", "STORE-ARN")).OnHand);
        var p = await Api.StockAtAsync("SKU-0038", "STORE-ARN");
        Assert.Equal((2, 1, 1), (p.OnHand, p.SafetyStock, p.AvailableToPromise));
    }

    [Fact]
    public async Task A_snapshot_with_one_bad_item_changes_nothing()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await Api.SendAsync(HttpMethod.Put, "/api/locations/STORE-ARN/stock", new StockSnapshotRequest(
            [new("SKU-0039", 6, null), new("NOPE-9", 2, null)]));

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("NOPE-9", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task A_count_below_what_is_reserved_gives_the_promises_back_and_leaves_nothing_to_promise()
    {
        await Api.StockOnlyAtAsync("SKU-0040", ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0040", 4)));

        await Api.SetStockAsync("DC-CENTRAL", "SKU-0040", 2);

        // The count is the truth: the line that lost its units gives them back and waits for stock.
        var dc = await Api.StockAtAsync("SKU-0040", "DC-CENTRAL");
        Assert.Equal((2, 0, 2), (dc.OnHand, dc.Reserved, dc.AvailableToPromise));
        order = await Api.GetOrderAsync(order.Number);
        Assert.Equal(Domain.Orders.LineStatus.Backordered, order.Lines[0].Status);
        Assert.Contains(order.Timeline, t => t.Type == "line.stock-lost");
    }
}

public sealed class StockTests_Sqlite(SqliteFixture fx) : StockTests(fx), IClassFixture<SqliteFixture>;

public sealed class StockTests_Postgres(PostgresFixture fx) : StockTests(fx), IClassFixture<PostgresFixture>;
