using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Server.Features.Availability;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Sourcing;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Sourcing rule sets changed at runtime through the API, and what they do to the next order's plan.</summary>
public abstract class SourcingRulesTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private const string StoresFirst = """
        { "name": "ship-from-store-first",
          "filters": [ { "type": "locationType", "include": ["store"] } ],
          "rankers": [ { "type": "distance", "weight": 1 } ] }
        """;

    private const string Bopis = """
        { "name": "bopis-nearest-stores",
          "filters": [ { "type": "locationType", "include": ["store"] }, { "type": "minAvailable", "units": 2 }, { "type": "sizeClass", "exclude": ["xs"] } ],
          "rankers": [ { "type": "distance", "weight": 1 } ],
          "limits": { "maxCandidates": 3, "rankCandidatesBy": "distance" } }
        """;

    [Fact]
    public async Task Changing_the_active_rule_set_changes_the_next_orders_plan_and_not_the_earlier_ones()
    {
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 50), ("STORE-AMS", 5), ("STORE-MST", 5));
        var before = await Api.CaptureAsync(Online(Ship("SKU-0001")) with { Channel = "app" });
        Assert.Equal("DC-CENTRAL", before.Lines[0].FulfilmentLocation);

        var saved = await Save("app:shipToAddress", StoresFirst, "admin:eva");
        var after = await Api.CaptureAsync(Online(Ship("SKU-0001")) with { Channel = "app" });

        Assert.Equal(1, saved.Version);
        Assert.Equal("STORE-AMS", after.Lines[0].FulfilmentLocation);
        Assert.Equal("DC-CENTRAL", (await Api.GetOrderAsync(before.Number)).Lines[0].FulfilmentLocation);
        var decisions = await Decisions(after.Number);
        Assert.Equal("app:shipToAddress@1", Assert.Single(decisions).RuleSet);

        // Rolling back to the built-in behaviour is activating nothing for the key: save the default, or activate an older version.
        await Save("app:shipToAddress", """{ "name": "dc-first", "rankers": [ { "type": "priority", "weight": 1000, "locations": ["@central"] }, { "type": "distance" } ] }""");
        Assert.Equal("DC-CENTRAL", (await Api.CaptureAsync(Online(Ship("SKU-0001")) with { Channel = "app" })).Lines[0].FulfilmentLocation);
        await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.PostAsync("/api/sourcing/rule-sets/app:shipToAddress/versions/1/activate", null, "admin:eva"), HttpStatusCode.OK);
        Assert.Equal("STORE-AMS", (await Api.CaptureAsync(Online(Ship("SKU-0001")) with { Channel = "app" })).Lines[0].FulfilmentLocation);
        var versions = await Api.ExpectAsync<CursorPage<ConfigurationVersionResponse>>(await Api.Http.GetAsync("/api/sourcing/rule-sets/app:shipToAddress/versions"), HttpStatusCode.OK);
        Assert.Equal([false, true], versions.Items.Select(v => v.Active));
        Assert.Equal("admin:eva", versions.Items[1].ActivatedBy);
    }

    [Fact]
    public async Task The_BOPIS_rule_offers_only_the_three_nearest_stores_with_two_units_and_never_the_smallest()
    {
        await Save("web:pickupInStore", Bopis);
        // Near Amsterdam: HLM is XS (never), AMS has 1 (too few), DHG, UTR, RTM qualify; EHV too but is further.
        await Api.StockOnlyAtAsync("SKU-0002", ("STORE-HLM", 9), ("STORE-AMS", 1), ("STORE-DHG", 2), ("STORE-UTR", 3), ("STORE-RTM", 4), ("STORE-EHV", 5));

        var offered = await Api.ExpectAsync<List<LocationAvailability>>(
            await Api.Http.GetAsync("/api/availability/SKU-0002/stores?latitude=52.3731&longitude=4.8922&channel=web"), HttpStatusCode.OK);

        Assert.Equal(["STORE-UTR", "STORE-DHG", "STORE-RTM"], offered.Select(s => s.Location));
        Assert.DoesNotContain(offered, s => s.Location is "STORE-HLM" or "STORE-AMS" or "STORE-EHV");

        // An order for the smallest store is not served there: the rule names why.
        var refused = await Api.CaptureAsync(Online(Pickup("SKU-0002", "STORE-HLM")));
        Assert.Equal(LineStatus.Backordered, refused.Lines[0].Status);
        var explanation = Assert.Single(await Decisions(refused.Number)).Explanation;
        Assert.Contains("size class", explanation.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pickup_store_without_stock_is_served_by_a_transfer_when_the_rule_set_allows_it()
    {
        await Save("web:pickupInStore", """{ "name": "transfer", "pickupSourcing": "chosenStoreThenTransfer", "rankers": [ { "type": "distance" } ] }""");
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 5));

        var order = await Api.CaptureAsync(Online(Pickup("SKU-0003", "STORE-GRN")));

        var fo = Assert.Single(order.FulfilmentOrders);
        Assert.Equal(("DC-CENTRAL", "STORE-GRN"), (fo.Location, fo.TransferTo));
        Assert.Contains(order.Timeline, t => t.Message.Contains("transfer to STORE-GRN", StringComparison.Ordinal));
        await Api.FulfilAsync(fo.Id, "release");
        await Api.FulfilAsync(fo.Id, "pick");
        await Api.FulfilAsync(fo.Id, "pack");
        await Api.FulfilAsync(fo.Id, "ready-for-pickup", actor: "wms:DC-CENTRAL");
        order = await Api.FulfilAsync(fo.Id, "collect", actor: "wms:DC-CENTRAL");
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((4, 0), (await Api.StockAtAsync("SKU-0003", "DC-CENTRAL")) is var p ? (p.OnHand, p.Reserved) : default);
    }

    [Fact]
    public async Task Drop_ship_goes_to_the_cheapest_or_the_fastest_partner_as_the_rule_set_says()
    {
        var cheapest = """{ "name": "cheapest", "rankers": [ { "type": "shippingCost", "weight": 1, "byLocation": { "SUP-DROPSHIP": 3.5, "SUP-EXPRESS": 8 } } ] }""";
        var fastest = """{ "name": "fastest", "rankers": [ { "type": "deliveryDays", "weight": 1, "byLocation": { "SUP-DROPSHIP": 5, "SUP-EXPRESS": 1 } } ] }""";

        await Save("marketplace:shipToAddress", cheapest);
        var slow = await Api.CaptureAsync(Online(Ship("SKU-0045")) with { Channel = "marketplace" });
        await Save("marketplace:shipToAddress", fastest);
        var quick = await Api.CaptureAsync(Online(Ship("SKU-0045")) with { Channel = "marketplace" });

        Assert.Equal("SUP-DROPSHIP", slow.Lines[0].FulfilmentLocation);
        Assert.Equal("SUP-EXPRESS", quick.Lines[0].FulfilmentLocation);
    }

    [Fact]
    public async Task By_default_one_store_ships_the_whole_order_rather_than_two_parcels()
    {
        await Api.StockOnlyAtAsync("SKU-0004", ("DC-CENTRAL", 5), ("STORE-EHV", 2));
        await Api.StockOnlyAtAsync("SKU-0005", ("STORE-EHV", 2), ("STORE-AMS", 2));
        var together = await Api.CaptureAsync(Online(Ship("SKU-0004"), Ship("SKU-0005")) with { Channel = "pos" });
        Assert.Equal("STORE-EHV", Assert.Single(together.FulfilmentOrders).Location);

        await Save("pos:shipToAddress", """
            { "name": "line-by-line", "fewerShipmentsFirst": false,
              "rankers": [ { "type": "priority", "weight": 100000, "locations": ["@central"] }, { "type": "distance" } ] }
            """);
        var lineByLine = await Api.CaptureAsync(Online(Ship("SKU-0004"), Ship("SKU-0005")) with { Channel = "pos" });

        Assert.Equal(["DC-CENTRAL", "STORE-AMS"], lineByLine.Lines.Select(l => l.FulfilmentLocation!));
    }

    [Fact]
    public async Task A_line_is_split_over_locations_only_when_the_rule_set_allows_it()
    {
        await Api.StockOnlyAtAsync("SKU-0006", ("DC-CENTRAL", 3), ("STORE-UTR", 2));
        var whole = await Api.CaptureAsync(Online(Ship("SKU-0006", 5)));
        Assert.Equal(LineStatus.Backordered, Assert.Single(whole.Lines).Status);

        await Save("web:shipToAddress", """{ "name": "split", "rankers": [ { "type": "distance" } ], "limits": { "allowLineSplit": true, "maxShipments": 2 } }""");
        var split = await Api.CaptureAsync(Online(Ship("SKU-0006", 5, price: 10m) with { Discount = 5m, Tax = 10m }));

        Assert.Equal(2, split.Lines.Count);
        Assert.Equal(5, split.Lines.Sum(l => l.Quantity));
        Assert.All(split.Lines, l => Assert.Equal(LineStatus.Allocated, l.Status));
        Assert.Equal(["DC-CENTRAL", "STORE-UTR"], split.Lines.Select(l => l.FulfilmentLocation!).Order(StringComparer.Ordinal));
        Assert.Equal((5m, 10m), (split.Lines.Sum(l => l.Discount), split.Lines.Sum(l => l.Tax)));
        Assert.Equal(55m + 4.95m, split.Totals.Total);
        Assert.Contains(split.Timeline, t => t.Type == "line.split");
    }

    [Fact]
    public async Task Every_decision_explains_candidates_filters_scores_and_the_choice()
    {
        await Api.StockOnlyAtAsync("SKU-0007", ("DC-CENTRAL", 0), ("STORE-AMS", 4), ("STORE-ARN", 4), ("STORE-RTM", 4));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0007", 2)) with { Channel = "callcenter" });

        var d = Assert.Single(await Decisions(order.Number));
        Assert.Equal("built-in default", d.RuleSet);
        var line = d.Explanation.GetProperty("lines")[0];
        Assert.True(line.GetProperty("candidatesConsidered").GetInt32() >= 4);
        var filtered = line.GetProperty("filteredOut").EnumerateArray().SelectMany(g => g.GetProperty("locations").EnumerateArray().Select(l => l.GetString())).ToList();
        Assert.Contains("STORE-ARN", filtered); // an XS store cannot ship parcels
        Assert.Contains("DC-CENTRAL", filtered); // nothing to promise
        Assert.NotEmpty(line.GetProperty("scores").EnumerateArray());
        Assert.Equal("STORE-AMS", line.GetProperty("chosen")[0].GetProperty("locationCode").GetString());
    }

    [Fact]
    public async Task An_invalid_rule_set_or_key_is_refused_with_field_errors()
    {
        var bad = await Api.SendAsync(HttpMethod.Put, "/api/sourcing/rule-sets/web", new SaveRuleSetRequest(
            JsonDocument.Parse("""{ "name": "x", "filters": [ { "type": "minAvailable", "units": -1 }, { "type": "maxDistance", "km": -2 } ] }""").RootElement, null, null));
        var problem = await OmsClient.ProblemAsync(bad, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("filters[0].units", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("filters[1].km", out _));
        // A filter type that does not exist is a wrong shape: refused before any value is judged, naming the known types.
        var unknown = await Api.SendAsync(HttpMethod.Put, "/api/sourcing/rule-sets/web", new SaveRuleSetRequest(
            JsonDocument.Parse("""{ "name": "x", "filters": [ { "type": "minAvailable", "units": 1 }, { "type": "weather" } ] }""").RootElement, null, null));
        var type = (await OmsClient.ProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("filters[1].type");
        Assert.Contains("minAvailable", type[0].GetString(), StringComparison.Ordinal);

        var badKey = await Api.SendAsync(HttpMethod.Put, "/api/sourcing/rule-sets/fax:teleport", new SaveRuleSetRequest(JsonDocument.Parse(StoresFirst).RootElement, null, null));
        await OmsClient.ProblemAsync(badKey, HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.Http.GetAsync("/api/sourcing/rule-sets/callcenter"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.GetAsync("/api/sourcing/rule-sets/default-document")).StatusCode);
    }

    private async Task<ConfigurationVersionResponse> Save(string key, string document, string actor = "admin:test")
        => await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Put, $"/api/sourcing/rule-sets/{key}",
            new SaveRuleSetRequest(JsonDocument.Parse(document).RootElement, "test", null), actor), HttpStatusCode.OK);

    private async Task<List<SourcingDecisionResponse>> Decisions(string order)
        => await Api.ExpectAsync<List<SourcingDecisionResponse>>(await Api.Http.GetAsync($"/api/orders/{order}/sourcing"), HttpStatusCode.OK);
}

public sealed class SourcingRulesTests_Sqlite(SqliteFixture fx) : SourcingRulesTests(fx), IClassFixture<SqliteFixture>;

public sealed class SourcingRulesTests_Postgres(PostgresFixture fx) : SourcingRulesTests(fx), IClassFixture<PostgresFixture>;
