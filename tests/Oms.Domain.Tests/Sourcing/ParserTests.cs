using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>The rule set document: invalid ones are refused with every problem under its JSON path; valid ones round-trip.</summary>
public sealed class ParserTests
{
    private static IReadOnlyDictionary<string, string[]> ErrorsOf(string json)
        => Assert.Throws<BusinessRuleException>(() => SourcingRuleSetParser.Parse(json)).Errors;

    [Theory]
    [InlineData("")]
    [InlineData("{ \"name\": ")]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    public void A_document_that_is_not_a_json_object_is_refused(string json)
        => Assert.Contains("$", ErrorsOf(json).Keys);

    [Fact]
    public void A_rule_set_needs_a_name()
        => Assert.Contains("name", ErrorsOf("""{ "filters": [] }""").Keys);

    [Fact]
    public void An_unknown_filter_type_is_refused_at_its_path()
    {
        var errors = ErrorsOf("""{ "name": "x", "filters": [ { "type": "paused", "locations": [] }, { "type": "weather" } ] }""");
        Assert.Equal(["filters[1].type"], errors.Keys);
        Assert.Contains("minAvailable", errors["filters[1].type"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_ranker_type_is_refused_at_its_path()
        => Assert.Equal(["rankers[0].type"], ErrorsOf("""{ "name": "x", "rankers": [ { "type": "vibes" } ] }""").Keys);

    [Theory]
    [InlineData("""{ "name": "x", "filters": [ { "type": "minAvailable", "units": -1 } ] }""", "filters[0].units")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "maxDistance", "km": -5 } ] }""", "filters[0].km")]
    [InlineData("""{ "name": "x", "rankers": [ { "type": "distance", "weight": -1 } ] }""", "rankers[0].weight")]
    [InlineData("""{ "name": "x", "rankers": [ { "type": "shippingCost", "byLocation": { "AMS": -2 } } ] }""", "rankers[0].byLocation.AMS")]
    [InlineData("""{ "name": "x", "rankers": [ { "type": "deliveryDays", "default": -1 } ] }""", "rankers[0].default")]
    [InlineData("""{ "name": "x", "limits": { "maxShipments": 0 } }""", "limits.maxShipments")]
    [InlineData("""{ "name": "x", "limits": { "maxCandidates": -3 } }""", "limits.maxCandidates")]
    public void Negative_numbers_are_refused_at_their_path(string json, string path)
        => Assert.Equal([path], ErrorsOf(json).Keys);

    [Theory]
    [InlineData("""{ "name": "x", "filters": [ { "type": "sizeClass", "exclude": ["xs", "tiny"] } ] }""", "filters[0].exclude[1]")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "sizeClass", "exclude": [0] } ] }""", "filters[0].exclude[0]")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "sizeClass", "minimum": "huge" } ] }""", "filters[0].minimum")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "locationType", "include": ["warehouse"] } ] }""", "filters[0].include[0]")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "channel", "byLocationType": { "shed": ["web"] } } ] }""", "filters[0].byLocationType.shed")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "paused", "locations": [], "methods": ["teleport"] } ] }""", "filters[0].methods[0]")]
    [InlineData("""{ "name": "x", "pickupSourcing": "anywhere" }""", "pickupSourcing")]
    [InlineData("""{ "name": "x", "limits": { "rankCandidatesBy": "luck" } }""", "limits.rankCandidatesBy")]
    public void Unknown_enum_values_are_refused_at_their_path(string json, string path)
        => Assert.Equal([path], ErrorsOf(json).Keys);

    [Fact]
    public void Wrong_value_types_are_refused_at_their_path()
    {
        var errors = ErrorsOf("""{ "name": 7, "fewerShipmentsFirst": "yes", "filters": [ { "type": "maxDistance", "km": "far" } ], "rankers": {} }""");
        Assert.Equal(["fewerShipmentsFirst", "filters[0].km", "name", "rankers"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_properties_are_refused_so_typos_do_not_pass_silently()
    {
        var errors = ErrorsOf("""{ "name": "x", "filters": [ { "type": "minAvailable", "unit": 2 } ], "limit": {} }""");
        Assert.Equal(["filters[0].unit", "filters[0].units", "limit"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = ErrorsOf("""
            { "name": "x",
              "filters": [ { "type": "minAvailable", "units": -1 }, { "type": "weather" }, { "type": "sizeClass" } ],
              "rankers": [ { "type": "distance", "weight": -1 } ],
              "limits": { "maxShipments": 0 } }
            """);
        Assert.Equal(["filters[0].units", "filters[1].type", "filters[2].exclude", "limits.maxShipments", "rankers[0].weight"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enum_values_match_regardless_of_case()
    {
        var rules = SourcingRuleSetParser.Parse("""{ "name": "x", "filters": [ { "type": "sizeClass", "exclude": ["XS", "s"] } ] }""");
        Assert.Equal([SizeClass.XS, SizeClass.S], ((SizeClassFilter)rules.Filters[0]).Exclude);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
        => Assert.Equal("x", SourcingRuleSetParser.Parse("""{ "name": "x", /* weekday rules */ "filters": [], }""").Name);

    [Fact]
    public void A_full_document_round_trips_to_the_same_canonical_text()
    {
        const string json = """
            {
              "name": "everything",
              "pickupSourcing": "chosenStoreThenTransfer",
              "fewerShipmentsFirst": false,
              "filters": [
                { "type": "locationType", "exclude": ["carrierPickupPoint", "dropShipSupplier"] },
                { "type": "capability", "require": ["ship"] },
                { "type": "minAvailable", "units": 2, "methods": ["pickupInStore"] },
                { "type": "sizeClass", "exclude": ["xs"], "minimum": "s" },
                { "type": "maxDistance", "km": 250.5 },
                { "type": "channel", "byLocation": { "STORE-7": ["web", "app"] }, "byLocationType": { "store": ["web", "pos"] } },
                { "type": "paused", "locations": ["STORE-9", "@central"] }
              ],
              "rankers": [
                { "type": "priority", "weight": 1000, "locations": ["@central", "DC-SOUTH"] },
                { "type": "distance", "weight": 1 },
                { "type": "shippingCost", "weight": 10, "byLocation": { "DROP-1": 2.5 }, "byLocationType": { "store": 6.5, "distributionCenter": 3.95 }, "default": 5 },
                { "type": "deliveryDays", "weight": 50, "byLocationType": { "dropShipSupplier": 4 }, "default": 1 },
                { "type": "shipments", "weight": 500 }
              ],
              "limits": { "maxCandidates": 10, "rankCandidatesBy": "score", "maxShipments": 3, "allowLineSplit": true }
            }
            """;
        var canonical = SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Parse(json));
        Assert.Equal(canonical, SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Parse(canonical)));
        var rules = SourcingRuleSetParser.Parse(canonical);
        Assert.Equal(7, rules.Filters.Count);
        Assert.Equal(5, rules.Rankers.Count);
        Assert.Equal(3, rules.Limits.MaxShipments);
        Assert.Equal(PickupSourcing.ChosenStoreThenTransfer, rules.PickupSourcing);
    }

    [Fact]
    public void The_default_rule_set_round_trips()
    {
        var json = SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Default);
        Assert.Equal(json, SourcingRuleSetParser.Serialize(SourcingRuleSetParser.Parse(json)));
        Assert.Contains("\"@central\"", json, StringComparison.Ordinal);
    }
}
