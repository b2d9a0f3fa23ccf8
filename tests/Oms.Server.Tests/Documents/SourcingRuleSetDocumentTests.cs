using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using static Oms.Server.Tests.Documents.DocumentText;

namespace Oms.Server.Tests.Documents;

/// <summary>
/// The sourcing rule set document: a wrong shape is refused at its path (400), every bad value at its path (422);
/// valid documents round-trip to the same canonical text.
/// </summary>
public sealed class SourcingRuleSetDocumentTests
{
    private static IReadOnlyDictionary<string, string[]> ErrorsOf(string json) => DocumentText.ErrorsOf(() => Sourcing(json));

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"x\"")]
    [InlineData("7")]
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

    [Theory]
    [InlineData("""{ "name": 7 }""", "name")]
    [InlineData("""{ "name": "x", "fewerShipmentsFirst": "yes" }""", "fewerShipmentsFirst")]
    [InlineData("""{ "name": "x", "filters": [ { "type": "maxDistance", "km": "far" } ] }""", "filters[0].km")]
    [InlineData("""{ "name": "x", "rankers": {} }""", "rankers")]
    public void Wrong_value_types_are_refused_at_their_path(string json, string path)
        => Assert.Equal([path], ErrorsOf(json).Keys);

    [Theory]
    [InlineData("""{ "name": "x", "filters": [ { "type": "minAvailable", "unit": 2 } ] }""", "filters[0].unit")]
    [InlineData("""{ "name": "x", "limit": {} }""", "limit")]
    public void Unknown_properties_are_refused_so_typos_do_not_pass_silently(string json, string path)
        => Assert.Equal([path], ErrorsOf(json).Keys);

    [Fact]
    public void A_filter_without_its_setting_is_refused_at_the_setting()
        => Assert.Equal(["filters[0].units"], ErrorsOf("""{ "name": "x", "filters": [ { "type": "minAvailable" } ] }""").Keys);

    [Fact]
    public void A_filter_without_a_type_is_refused_naming_the_known_ones()
        => Assert.Contains("minAvailable", Assert.Single(ErrorsOf("""{ "name": "x", "filters": [ { "units": 2 } ] }""")["filters[0].type"]),
            StringComparison.Ordinal);

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var errors = ErrorsOf("""
            { "name": "x",
              "filters": [ { "type": "minAvailable", "units": -1 }, { "type": "sizeClass" } ],
              "rankers": [ { "type": "distance", "weight": -1 } ],
              "limits": { "maxShipments": 0 } }
            """);
        Assert.Equal(["filters[0].units", "filters[1].exclude", "limits.maxShipments", "rankers[0].weight"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enum_values_match_regardless_of_case()
    {
        var rules = Sourcing("""{ "name": "x", "filters": [ { "type": "sizeClass", "exclude": ["XS", "s"] } ] }""");
        Assert.Equal([SizeClass.XS, SizeClass.S], ((SizeClassFilter)rules.Filters[0]).Exclude);
    }

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
        var canonical = SourcingRuleSetDocuments.Write(Sourcing(json));
        Assert.Equal(canonical, SourcingRuleSetDocuments.Write(SourcingRuleSetDocuments.Read(canonical)));
        var rules = SourcingRuleSetDocuments.Read(canonical);
        Assert.Equal(7, rules.Filters.Count);
        Assert.Equal(5, rules.Rankers.Count);
        Assert.Equal(3, rules.Limits.MaxShipments);
        Assert.Equal(PickupSourcing.ChosenStoreThenTransfer, rules.PickupSourcing);
    }

    [Fact]
    public void The_default_rule_set_round_trips()
    {
        var json = SourcingRuleSetDocuments.Write(SourcingRuleSet.Default);
        Assert.Equal(json, SourcingRuleSetDocuments.Write(SourcingRuleSetDocuments.Read(json)));
        Assert.Contains("\"@central\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pick_up_in_store_example_reads_as_the_requirement_states_it()
    {
        var rules = Sourcing("""
            {
              "name": "bopis-nearest-stores",
              "pickupSourcing": "chosenStoreOnly",
              "filters": [
                { "type": "locationType", "include": ["store"] },
                { "type": "minAvailable", "units": 2 },
                { "type": "sizeClass", "exclude": ["xs"] }
              ],
              "rankers": [ { "type": "distance", "weight": 1 } ],
              "limits": { "maxCandidates": 3, "rankCandidatesBy": "distance" }
            }
            """);
        Assert.Equal([LocationType.Store], ((LocationTypeFilter)rules.Filters[0]).Include);
        Assert.Equal(2, ((MinAvailableFilter)rules.Filters[1]).Units);
        Assert.Equal([SizeClass.XS], ((SizeClassFilter)rules.Filters[2]).Exclude);
        Assert.Equal((3, CandidateOrder.Distance), (rules.Limits.MaxCandidates, rules.Limits.RankCandidatesBy));
    }
}
