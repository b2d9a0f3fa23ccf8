using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Capture: idempotency on both keys, and the foundation's sourcing rule.</summary>
public abstract class CaptureTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Replay_with_the_same_idempotency_key_answers_with_the_order_and_creates_nothing()
    {
        var request = Online(Ship("SKU-0012"));
        var first = await Api.PostAsync("/api/orders", request, idempotencyKey: "key-" + request.ChannelOrderId);
        var created = await Api.ExpectAsync<OrderResponse>(first, HttpStatusCode.Created);
        var before = await DbSnapshot.TakeAsync(fx);

        var replay = await Api.PostAsync("/api/orders", request, idempotencyKey: "key-" + request.ChannelOrderId);

        // A replay answers 200 with the order as it stands, and says it is a replay.
        var again = await Api.ExpectAsync<OrderResponse>(replay, HttpStatusCode.OK);
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_refused()
    {
        var request = Online(Ship("SKU-0012"));
        await Api.ExpectAsync<OrderResponse>(await Api.PostAsync("/api/orders", request, idempotencyKey: "k-" + request.ChannelOrderId), HttpStatusCode.Created);
        var before = await DbSnapshot.TakeAsync(fx);

        var other = await Api.PostAsync("/api/orders", Online(Ship("SKU-0013")), idempotencyKey: "k-" + request.ChannelOrderId);

        var problem = await OmsClient.ProblemAsync(other, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task The_same_channel_order_sent_twice_is_one_order()
    {
        var request = Online(Ship("SKU-0014", 2));
        var first = await Api.CaptureAsync(request);
        var before = await DbSnapshot.TakeAsync(fx);

        var replay = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync("/api/orders", request), HttpStatusCode.OK);

        Assert.Equal(first.Id, replay.Id);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task A_different_order_under_an_existing_channel_order_id_is_refused()
    {
        var request = Online(Ship("SKU-0014", 2));
        var first = await Api.CaptureAsync(request);
        var before = await DbSnapshot.TakeAsync(fx);

        var clash = await Api.PostAsync("/api/orders", request with { Lines = [Ship("SKU-0014", 5)] });

        var problem = await OmsClient.ProblemAsync(clash, HttpStatusCode.Conflict);
        Assert.Contains(first.Number, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Concurrent_replays_of_one_channel_order_create_exactly_one_order()
    {
        await Api.StockOnlyAtAsync("SKU-0015", ("DC-CENTRAL", 100));
        var request = Online(Ship("SKU-0015", 1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fx.NewClient().PostAsync("/api/orders", request)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var found = await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.Http.GetAsync($"/api/orders?channel=web&channelOrderId={request.ChannelOrderId}"), HttpStatusCode.OK);
        Assert.Single(found.Items);
        Assert.Equal(1, (await Api.StockAtAsync("SKU-0015", "DC-CENTRAL")).Reserved);
    }

    [Fact]
    public async Task A_shipped_line_goes_to_the_nearest_location_with_stock_when_the_central_DC_has_none()
    {
        await Api.StockOnlyAtAsync("SKU-0016", ("DC-CENTRAL", 0), ("STORE-MST", 5), ("STORE-DHG", 5));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0016")));

        Assert.Equal("STORE-DHG", order.Lines[0].FulfilmentLocation);
        Assert.Contains(order.Timeline, t => t.Type == "line.allocated" && t.Message.Contains("STORE-DHG: best-ranked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Safety_stock_is_never_promised()
    {
        await Api.StockOnlyAtAsync("SKU-0017");
        await Api.SetStockAsync("DC-CENTRAL", "SKU-0017", onHand: 3, safetyStock: 2);

        var order = await Api.CaptureAsync(Online(Ship("SKU-0017", 2)));

        Assert.Equal(LineStatus.Backordered, order.Lines[0].Status);
        Assert.Equal(OrderStatus.Backordered, order.Status);
        Assert.Equal(0, (await Api.StockAsync("SKU-0017")).Reserved);
    }

    [Fact]
    public async Task A_line_nothing_can_serve_is_backordered_while_the_others_are_allocated()
    {
        await Api.StockOnlyAtAsync("SKU-0018");
        await Api.StockOnlyAtAsync("SKU-0019", ("DC-CENTRAL", 5));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0018"), Ship("SKU-0019")));

        Assert.Equal([LineStatus.Backordered, LineStatus.Allocated], order.Lines.Select(l => l.Status));
        Assert.Null(order.Lines[0].FulfilmentLocation);
        Assert.Contains(order.Timeline, t => t.Type == "line.backordered" && t.Message.Contains("SKU-0018", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pickup_line_whose_store_lacks_stock_is_backordered_not_moved_to_another_store()
    {
        await Api.StockOnlyAtAsync("SKU-0020", ("STORE-AMS", 10), ("DC-CENTRAL", 10));

        var order = await Api.CaptureAsync(Online(Pickup("SKU-0020", "STORE-GRN")));

        Assert.Equal(LineStatus.Backordered, order.Lines[0].Status);
    }

    [Fact]
    public async Task An_agent_order_records_the_agent_on_the_timeline()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0023")) with { Channel = "callcenter" }, actor: "agent:bob");

        Assert.Equal("agent:bob", order.EnteredBy);
        Assert.Equal("agent:bob", order.Timeline[0].Actor);
    }
}

public sealed class CaptureTests_Sqlite(SqliteFixture fx) : CaptureTests(fx), IClassFixture<SqliteFixture>;

public sealed class CaptureTests_Postgres(PostgresFixture fx) : CaptureTests(fx), IClassFixture<PostgresFixture>;
