using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Server.Features.Availability;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Available-to-sell per channel (allocations as versioned configuration) and "which stores near me have it".</summary>
public abstract class ChannelAvailabilityTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_channel_with_half_of_the_store_stock_can_sell_only_that_half()
    {
        await Api.StockOnlyAtAsync("SKU-0039", ("STORE-AMS", 10));
        await SaveAllocation("app", [new(null, LocationType.Store, 50, null, 0)]);

        var app = await Availability("SKU-0039", "app");
        var web = await Availability("SKU-0039", "web");
        Assert.Equal(5, app.AvailableToSell);
        Assert.Equal(10, web.AvailableToSell);

        var tooMany = await Api.CaptureAsync(Online(Ship("SKU-0039", 6)) with { Channel = "app" });
        Assert.Equal(LineStatus.Backordered, tooMany.Lines[0].Status);
        var fits = await Api.CaptureAsync(Online(Ship("SKU-0039", 5)) with { Channel = "app" });
        Assert.Equal("STORE-AMS", fits.Lines[0].FulfilmentLocation);
        // Half of what is left (5) is 2: the app's view shrinks as others sell.
        Assert.Equal(2, (await Availability("SKU-0039", "app")).AvailableToSell);
    }

    [Fact]
    public async Task Availability_answered_from_the_cache_follows_each_stock_change_of_this_node_at_once()
    {
        await Api.StockOnlyAtAsync("SKU-0038", ("DC-CENTRAL", 10));
        Assert.Equal(10, (await Availability("SKU-0038", "web")).AvailableToSell);
        Assert.Equal(10, (await Availability("SKU-0038", "web")).AvailableToSell);

        await Api.SetStockAsync("DC-CENTRAL", "SKU-0038", 7);
        Assert.Equal(7, (await Availability("SKU-0038", "web")).AvailableToSell);
        await Api.ExpectAsync<StockPositionResponse>(
            await Api.PostAsync("/api/stock/DC-CENTRAL/SKU-0038/adjustments", new AdjustStockRequest(-2, "damaged")), HttpStatusCode.OK);
        Assert.Equal(5, (await Availability("SKU-0038", "web")).AvailableToSell);
        var order = await Api.CaptureAsync(Online(Ship("SKU-0038", 3)));
        Assert.Equal(2, (await Availability("SKU-0038", "web")).AvailableToSell);
        await Api.ExpectAsync<OrderResponse>(
            await Api.PostAsync($"/api/orders/{order.Number}/cancel", new { reason = "changed mind" }), HttpStatusCode.OK);
        Assert.Equal(5, (await Availability("SKU-0038", "web")).AvailableToSell);
    }

    [Fact]
    public async Task A_fixed_share_and_the_channel_safety_stock_cap_what_it_sells()
    {
        await Api.StockOnlyAtAsync("SKU-0040", ("DC-CENTRAL", 100));
        await SaveAllocation("callcenter", [new("DC-CENTRAL", null, null, 10, 2)]);

        Assert.Equal(8, (await Availability("SKU-0040", "callcenter")).AvailableToSell);
        var order = await Api.CaptureAsync(Online(Ship("SKU-0040", 9)) with { Channel = "callcenter" });
        Assert.Equal(LineStatus.Backordered, order.Lines[0].Status);
    }

    [Fact]
    public async Task Every_save_is_a_new_audited_version_and_the_last_one_is_active()
    {
        await SaveAllocation("pos", [new(null, LocationType.Store, 80, null, 0)], actor: "admin:eva");
        var second = await SaveAllocation("pos", [new(null, LocationType.Store, 90, null, 1)], actor: "admin:joe");

        var versions = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/channels/pos/allocation/versions"), HttpStatusCode.OK);

        Assert.Equal(second.Version, versions.Items[0].Version);
        Assert.True(versions.Items[0].Active);
        Assert.False(versions.Items[1].Active);
        Assert.Equal(["admin:joe", "admin:eva"], versions.Items.Take(2).Select(v => v.CreatedBy));
        var active = await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.Http.GetAsync("/api/channels/pos/allocation"), HttpStatusCode.OK);
        Assert.Equal(90, active.Document.GetProperty("rules")[0].GetProperty("sharePercent").GetInt32());
    }

    [Fact]
    public async Task An_invalid_allocation_is_refused_with_field_errors_and_nothing_is_saved()
    {
        var before = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/channels/web/allocation/versions"), HttpStatusCode.OK);

        var response = await Api.SendAsync(HttpMethod.Put, "/api/channels/web/allocation",
            new SaveAllocationRequest([new(null, LocationType.Store, 150, null, 0), new("DC-CENTRAL", LocationType.DistributionCenter, 10, null, 0)], null));

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("rules[0].sharePercent", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("rules[1]", out _));
        var after = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/channels/web/allocation/versions"), HttpStatusCode.OK);
        Assert.Equal(before.Items.Count, after.Items.Count);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/channels/fax/allocation"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stores_near_a_point_with_enough_stock_come_nearest_first()
    {
        await Api.StockOnlyAtAsync("SKU-0041", ("STORE-HLM", 2), ("STORE-AMS", 1), ("STORE-UTR", 4), ("STORE-MST", 9), ("DC-CENTRAL", 50));

        var stores = await Api.ExpectAsync<List<LocationAvailability>>(
            await Api.Http.GetAsync("/api/availability/SKU-0041/stores?latitude=52.37&longitude=4.89&quantity=2&limit=2"), HttpStatusCode.OK);

        Assert.Equal(["STORE-HLM", "STORE-UTR"], stores.Select(s => s.Location));
        Assert.True(stores[0].DistanceKm < stores[1].DistanceKm);
        Assert.Equal(2, stores[0].AvailableToSell);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/availability/SKU-0041/stores"), HttpStatusCode.UnprocessableEntity);
    }

    private async Task<ChannelAvailabilityResponse> Availability(string sku, string channel)
        => await Api.ExpectAsync<ChannelAvailabilityResponse>(await Api.Http.GetAsync($"/api/availability/{sku}?channel={channel}"), HttpStatusCode.OK);

    private async Task<ConfigurationVersionResponse> SaveAllocation(string channel, IReadOnlyList<ChannelAllocationRule> rules, string actor = "admin:test")
        => await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Put, $"/api/channels/{channel}/allocation",
            new SaveAllocationRequest(rules, "test"), actor), HttpStatusCode.OK);
}

public sealed class ChannelAvailabilityTests_Sqlite(SqliteFixture fx) : ChannelAvailabilityTests(fx), IClassFixture<SqliteFixture>;

public sealed class ChannelAvailabilityTests_Postgres(PostgresFixture fx) : ChannelAvailabilityTests(fx), IClassFixture<PostgresFixture>;
