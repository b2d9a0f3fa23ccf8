using System.Net;
using System.Text.Json;
using Oms.Server.Core.Configuration;
using Oms.Server.Features.Sourcing;
using Oms.Server.Features.Sourcing.Replay;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Trying a sourcing rule set before activating it: a replay over a period's orders and a sample-order trial, both read-only.</summary>
public abstract class SourcingReplayTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private static readonly JsonElement StoresFirst = JsonDocument.Parse("""
        { "name": "ship-from-store-first",
          "filters": [ { "type": "locationType", "include": ["store"] } ],
          "rankers": [ { "type": "distance", "weight": 1 },
                       { "type": "shippingCost", "weight": 0, "byLocationType": { "store": 6.5, "distributionCenter": 4 } } ] }
        """).RootElement;

    [Fact]
    public async Task A_candidate_that_prefers_stores_raises_the_store_share_lists_the_orders_it_moves_and_writes_nothing()
    {
        await Api.StockOnlyAtAsync("SKU-0031", ("DC-CENTRAL", 50), ("STORE-AMS", 10));
        var from = fx.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var orders = new List<string>();
        for (var i = 0; i < 3; i++)
            orders.Add((await Api.CaptureAsync(Online(Ship("SKU-0031")) with { Channel = "app" })).Number);
        var to = fx.Clock.GetUtcNow().UtcDateTime.AddSeconds(1);
        var before = await WorldAsync(orders);

        var replay = await ReplayAsync(new { key = "app:shipToAddress", document = StoresFirst, from, to, channel = "app" });

        Assert.Equal((3, false, "app:shipToAddress@draft"), (replay.Orders, replay.Truncated, replay.CandidateRuleSet));
        Assert.Equal((3, 3, 0.0, 0), (replay.Active.Lines, replay.Active.Shipments, replay.Active.StoreShare, replay.Active.UnservedLines));
        Assert.Equal((3, 3, 1.0, 0), (replay.Candidate.Lines, replay.Candidate.Shipments, replay.Candidate.StoreShare, replay.Candidate.UnservedLines));
        Assert.True(replay.Candidate.AverageDistanceKm < replay.Active.AverageDistanceKm, "the Amsterdam store is nearer the Amsterdam customer");
        Assert.Equal((12.00m, 19.50m), (replay.Active.ShippingCost, replay.Candidate.ShippingCost));
        Assert.Contains("candidate", replay.ShippingCostBasis, StringComparison.Ordinal);
        Assert.Equal(3, replay.OrdersChanged);
        Assert.Equal(orders, replay.Differences.Select(d => d.Number));
        Assert.All(replay.Differences, d => Assert.Equal(("DC-CENTRAL", "STORE-AMS"),
            (string.Join(',', d.Active.Locations), string.Join(',', d.Candidate.Locations))));

        Assert.Equal(before, await WorldAsync(orders));
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/sourcing/rule-sets/app:shipToAddress"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_saved_version_replays_as_the_candidate_and_the_active_side_uses_what_is_active_now()
    {
        await Api.StockOnlyAtAsync("SKU-0032", ("DC-CENTRAL", 5), ("STORE-UTR", 5));
        var from = fx.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var order = await Api.CaptureAsync(Online(Ship("SKU-0032")) with { Channel = "pos" });
        var to = fx.Clock.GetUtcNow().UtcDateTime.AddSeconds(1);
        var saved = await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Put, "/api/sourcing/rule-sets/pos:shipToAddress",
            new SaveRuleSetRequest(StoresFirst, "stores", Activate: false)), HttpStatusCode.OK);

        var replay = await ReplayAsync(new { key = "pos:shipToAddress", version = saved.Version, from, to, channel = "pos", differences = 0 });

        Assert.Equal(("pos:shipToAddress@1", 1, 1), (replay.CandidateRuleSet, replay.Orders, replay.OrdersChanged));
        Assert.Empty(replay.Differences);
        Assert.Equal((0.0, 1.0), (replay.Active.StoreShare, replay.Candidate.StoreShare));
        Assert.Equal("DC-CENTRAL", (await Api.GetOrderAsync(order.Number)).Lines[0].FulfilmentLocation);
    }

    [Fact]
    public async Task A_replay_with_bad_input_is_refused_with_the_field_named()
    {
        var now = DateTime.UtcNow;
        await Refused(new { key = "web", document = StoresFirst, from = now, to = now.AddDays(-1) }, HttpStatusCode.UnprocessableEntity, "to");
        await Refused(new { key = "fax:teleport", document = StoresFirst, from = now.AddDays(-1), to = now }, HttpStatusCode.UnprocessableEntity, "key");
        await Refused(new { key = "web", version = 999, from = now.AddDays(-1), to = now }, HttpStatusCode.UnprocessableEntity, "version");
        await Refused(new { key = "web", from = now.AddDays(-1), to = now }, HttpStatusCode.UnprocessableEntity, "document");
        await Refused(new { key = "web", document = StoresFirst, from = now.AddDays(-1), to = now, channel = "fax" },
            HttpStatusCode.UnprocessableEntity, "channel");
        await Refused(new { key = "web", document = StoresFirst, from = now.AddDays(-1), to = now, limit = 0 }, HttpStatusCode.UnprocessableEntity, "limit");
        await Refused(new { key = "web", document = StoresFirst, to = now }, HttpStatusCode.UnprocessableEntity, "from");
        var unknownFilter = JsonDocument.Parse("""{ "name": "x", "filters": [ { "type": "teleport" } ] }""").RootElement;
        await Refused(new { key = "web", document = unknownFilter, from = now.AddDays(-1), to = now }, HttpStatusCode.BadRequest, "filters[0].type");
        var badWeight = JsonDocument.Parse("""{ "name": "x", "rankers": [ { "type": "distance", "weight": -1 } ] }""").RootElement;
        var problem = await Refused(new { key = "web", document = badWeight, from = now.AddDays(-1), to = now }, null, "rankers[0]");
        Assert.Contains(problem.GetProperty("status").GetInt32(), new[] { 400, 422 });
    }

    [Fact]
    public async Task A_sample_order_shows_where_it_would_go_and_why_under_the_active_rules_or_a_candidate()
    {
        await Api.StockOnlyAtAsync("SKU-0033", ("DC-CENTRAL", 5), ("STORE-UTR", 5));
        var before = await Api.StockAtAsync("SKU-0033", "DC-CENTRAL");
        var sample = new { channel = "web", latitude = 52.0907, longitude = 5.1214, lines = new[] { new { sku = "SKU-0033", quantity = 2 } } };

        var active = await Api.ExpectAsync<SourcingTrialResponse>(await Api.PostAsync("/api/sourcing/trials", sample), HttpStatusCode.OK);
        var candidate = await Api.ExpectAsync<SourcingTrialResponse>(await Api.PostAsync("/api/sourcing/trials",
            new { sample.channel, sample.latitude, sample.longitude, sample.lines, key = "web:shipToAddress", document = StoresFirst }), HttpStatusCode.OK);

        var plan = Assert.Single(active.Plans);
        Assert.Equal(("shipToAddress", "DC-CENTRAL", 2), (plan.DeliveryMethod, Assert.Single(plan.Assignments).Location, plan.Assignments[0].Quantity));
        Assert.NotEmpty(plan.Explanation.Lines[0].Scores);
        var tried = Assert.Single(candidate.Plans);
        Assert.Equal(("web:shipToAddress@draft", "STORE-UTR"), (tried.RuleSet, Assert.Single(tried.Assignments).Location));
        Assert.Contains(tried.Explanation.Lines[0].FilteredOut, f => f.Locations.Contains("DC-CENTRAL"));
        Assert.Equal((before.OnHand, before.Reserved), await Api.StockAtAsync("SKU-0033", "DC-CENTRAL") is var after ? (after.OnHand, after.Reserved) : default);

        var bad = await Api.PostAsync("/api/sourcing/trials", new { channel = "web", latitude = 52.0, longitude = 5.0,
            lines = new object[] { new { sku = "SKU-0033", quantity = 0 }, new { sku = "SKU-0033", quantity = 1, deliveryMethod = "pickupInStore" } } });
        var errors = (await OmsClient.ProblemAsync(bad, HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[0].quantity", out _));
        Assert.True(errors.TryGetProperty("lines[1].pickupLocation", out _));
    }

    private async Task<SourcingReplayResponse> ReplayAsync(object body)
        => await Api.ExpectAsync<SourcingReplayResponse>(await Api.PostAsync("/api/sourcing/replays", body), HttpStatusCode.OK);

    private async Task<JsonElement> Refused(object body, HttpStatusCode? status, string field)
    {
        var response = await Api.PostAsync("/api/sourcing/replays", body);
        var problem = await OmsClient.ProblemAsync(response, status ?? response.StatusCode);
        Assert.True(status is not null || (int)response.StatusCode is 400 or 422, $"{response.StatusCode}");
        var names = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(names.Any(n => n.Contains(field, StringComparison.Ordinal)), $"expected an error at {field}, got {string.Join(", ", names)}");
        return problem;
    }

    /// <summary>Stock rows of the SKU, the orders' sourcing decisions and the rule-set keys: what a replay must not change.</summary>
    private async Task<string> WorldAsync(List<string> orders)
    {
        var stock = await Api.Http.GetStringAsync("/api/stock/SKU-0031");
        var decisions = new List<string>();
        foreach (var o in orders) decisions.Add(await Api.Http.GetStringAsync($"/api/orders/{o}/sourcing"));
        var keys = await Api.Http.GetStringAsync("/api/sourcing/rule-sets");
        return string.Join('\n', [stock, .. decisions, keys]);
    }
}

public sealed class SourcingReplayTests_Sqlite(SqliteFixture fx) : SourcingReplayTests(fx), IClassFixture<SqliteFixture>;

public sealed class SourcingReplayTests_Postgres(PostgresFixture fx) : SourcingReplayTests(fx), IClassFixture<PostgresFixture>;
