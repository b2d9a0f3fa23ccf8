using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Carriers and warehouses resend events: a restatement is a success that changes nothing; a contradiction is a 409.</summary>
public abstract class ResentEventTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_delivery_reported_twice_is_a_success_the_second_time_and_changes_nothing()
    {
        var order = await ShippedAsync("SKU-0013", "3SRESEND1");
        var shipment = order.Shipments[0].Id;
        var delivered = await Api.DeliverAsync(shipment);
        var before = await DbSnapshot.TakeAsync(fx);

        var again = await Api.DeliverAsync(shipment);

        Assert.Equal(delivered.Version, again.Version);
        Assert.Single(again.Timeline, t => t.Type == "line.delivered");
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Every_fulfilment_event_sent_again_is_accepted_once()
    {
        await Api.StockOnlyAtAsync("SKU-0014", ("STORE-AMS", 3));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0014", "STORE-AMS")));
        var fo = order.FulfilmentOrders[0].Id;
        foreach (var verb in new[] { "release", "release", "pick", "pick", "release", "ready-for-pickup", "pick", "ready-for-pickup", "collect", "collect" })
            order = await Api.FulfilAsync(fo, verb);

        Assert.Equal(OrderStatus.Completed, order.Status);
        foreach (var type in new[] { "line.released", "line.picked", "line.ready-for-pickup", "line.collected" })
            Assert.Single(order.Timeline, t => t.Type == type);
    }

    [Fact]
    public async Task A_shipment_resent_with_the_same_tracking_number_is_one_shipment_and_another_number_is_a_conflict()
    {
        var order = await ShippedAsync("SKU-0015", "3SRESEND2");
        var fo = order.FulfilmentOrders[0].Id;

        var again = await Api.ShipAsync(fo, "PostNL", "3SRESEND2");
        Assert.Single(again.Shipments);
        Assert.Equal(order.Version, again.Version);

        var other = await Api.PostAsync($"/api/fulfilment-orders/{fo}/ship", new ShipRequest("PostNL", "3SOTHER", null), "wms:test");
        var problem = await OmsClient.ProblemAsync(other, HttpStatusCode.Conflict);
        Assert.Contains("3SRESEND2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_that_contradicts_the_state_is_refused_with_the_state_in_camel_case()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0016")));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.CancelAsync(order.Number, "customer changed their mind");

        var pick = await Api.PostAsync($"/api/fulfilment-orders/{fo}/pick", null, "wms:test");

        var problem = await OmsClient.ProblemAsync(pick, HttpStatusCode.Conflict);
        Assert.Equal("cancelled", problem.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_cancellation_sent_again_is_a_success()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0017")));
        await Api.CancelAsync(order.Number, "fraud suspected by the channel");

        var again = await Api.CancelAsync(order.Number, "fraud suspected by the channel");

        Assert.Equal(OrderStatus.Cancelled, again.Status);
        Assert.Single(again.Timeline, t => t.Type == "order.cancelled");
    }

    private async Task<OrderResponse> ShippedAsync(string sku, string tracking)
    {
        await Api.StockOnlyAtAsync(sku, ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship(sku)));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        return await Api.ShipAsync(fo, "PostNL", tracking);
    }
}

public sealed class ResentEventTests_Sqlite(SqliteFixture fx) : ResentEventTests(fx), IClassFixture<SqliteFixture>;

public sealed class ResentEventTests_Postgres(PostgresFixture fx) : ResentEventTests(fx), IClassFixture<PostgresFixture>;
