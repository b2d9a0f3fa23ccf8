using Oms.Domain.Common;
using Oms.Domain.Fraud;
using Oms.Server.Core.Configuration.Documents.Fraud;
using static Oms.Server.Tests.Documents.DocumentText;

namespace Oms.Server.Tests.Documents;

/// <summary>
/// The fraud rules document: a wrong shape is refused at its path (400), every bad value of every rule at its path
/// (422); valid documents round-trip to the same canonical text.
/// </summary>
public sealed class FraudRulesDocumentTests
{
    private static IReadOnlyDictionary<string, string[]> ErrorsOf(string json, IReadOnlyCollection<string>? knownChannels = null)
        => DocumentText.ErrorsOf(() => Fraud(json, knownChannels));

    private static string WithRule(string rule) => $$"""{ "reviewAt": 50, "rejectAt": 100, "rules": [ {{rule}} ] }""";

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("42")]
    [InlineData("\"rules\"")]
    public void A_document_that_is_not_a_json_object_is_refused(string json)
        => Assert.Equal(["$"], ErrorsOf(json).Keys);

    [Fact]
    public void No_document_is_refused_saying_what_to_send()
        => Assert.Contains("reviewAt", Assert.Single(ErrorsOf("null")["$"]), StringComparison.Ordinal);

    [Fact]
    public void Thresholds_and_rules_are_required()
        => Assert.Equal(["reviewAt", "rejectAt", "rules"], ErrorsOf("{}").Keys);

    [Theory]
    [InlineData(100, 100, "rejectAt")]
    [InlineData(100, 50, "rejectAt")]
    [InlineData(0, 50, "reviewAt")]
    public void Review_must_come_before_reject(int reviewAt, int rejectAt, string field)
        => Assert.Equal([field], ErrorsOf($$"""{ "reviewAt": {{reviewAt}}, "rejectAt": {{rejectAt}}, "rules": [] }""").Keys);

    [Fact]
    public void Every_bad_value_of_every_rule_is_reported_at_its_path()
    {
        var errors = ErrorsOf("""
            { "reviewAt": 50, "rejectAt": 100, "rules": [
              { "type": "firstOrder", "points": 10 },
              { "type": "orderValue", "points": 20, "above": { "EUR": -1, "EURO": 5 } },
              { "type": "cardsPerCustomer", "points": 0, "window": "24h", "above": -2 },
              { "type": "riskySkus", "points": 30, "skus": [] }
            ] }
            """);
        Assert.Equal(["rules[1].above.EUR", "rules[1].above.EURO", "rules[2].points", "rules[2].above", "rules[3].skus"], errors.Keys);
    }

    [Fact]
    public void An_unknown_rule_type_is_refused_naming_the_known_ones()
    {
        var errors = ErrorsOf(WithRule("""{ "type": "weather", "points": 5 }"""));
        Assert.Equal(["rules[0].type"], errors.Keys);
        Assert.Contains("cardsPerCustomer", errors["rules[0].type"][0], StringComparison.Ordinal);
        Assert.Contains("'weather'", errors["rules[0].type"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "firstOrder", "points": 2.5 }""", "rules[0].points")]
    [InlineData("""{ "type": "firstOrder", "points": 2, "colour": "red" }""", "rules[0].colour")]
    [InlineData("""{ "type": "firstOrder", "points": "2" }""", "rules[0].points")]
    [InlineData("""{ "points": 5, "type": "firstOrder", "channels": "web" }""", "rules[0].channels")]
    public void A_wrong_shape_is_refused_at_its_path(string rule, string field)
        => Assert.Equal([field], ErrorsOf(WithRule(rule)).Keys);

    [Theory]
    [InlineData("""{ "type": "ordersPerCustomer", "points": 10, "window": "24 hours", "above": 3 }""", "rules[0].window")]
    [InlineData("""{ "type": "ordersPerCustomer", "points": 10, "window": "0h", "above": 3 }""", "rules[0].window")]
    [InlineData("""{ "type": "ordersPerCustomer", "points": 10, "window": "400d", "above": 3 }""", "rules[0].window")]
    [InlineData("""{ "type": "ordersPerCustomer", "points": 10, "above": 3 }""", "rules[0].window")]
    [InlineData("""{ "type": "emailsPerAddress", "points": 10, "window": "7d" }""", "rules[0].above")]
    [InlineData("""{ "type": "orderValue", "points": 10 }""", "rules[0].above")]
    [InlineData("""{ "type": "orderValue", "points": 10, "above": {} }""", "rules[0].above")]
    [InlineData("""{ "type": "orderValue", "points": 10, "above": 1000 }""", "rules[0].above")]
    [InlineData("""{ "type": "orderValue", "points": 10, "above": { "EUR": "1000" } }""", "rules[0].above.EUR")]
    [InlineData("""{ "type": "riskySkus", "points": 10, "skus": ["A", " "] }""", "rules[0].skus[1]")]
    [InlineData("""{ "type": "riskySkus", "points": 10 }""", "rules[0].skus")]
    [InlineData("""{ "type": "firstOrder" }""", "rules[0].points")]
    [InlineData("""{ "points": 5 }""", "rules[0].type")]
    [InlineData("""{ "type": "firstOrder", "points": 5, "channels": ["web", ""] }""", "rules[0].channels[1]")]
    [InlineData("""{ "type": "firstOrder", "points": 5, "window": "24h" }""", "rules[0].window")]
    [InlineData("""{ "type": "countryMismatch", "points": -15 }""", "rules[0].points")]
    [InlineData("\"firstOrder\"", "rules[0]")]
    public void A_bad_rule_is_refused_at_the_field_at_fault(string rule, string field)
        => Assert.Equal([field], ErrorsOf(WithRule(rule)).Keys);

    [Fact]
    public void A_channel_that_does_not_exist_is_refused_when_the_channels_are_known()
    {
        var json = WithRule("""{ "type": "firstOrder", "points": 5, "channels": ["web", "wbe"] }""");
        Assert.Equal(["rules[0].channels[1]"], ErrorsOf(json, ["web", "app"]).Keys);
        Assert.Single(Fraud(json).Rules);
    }

    [Fact]
    public void The_exception_message_names_the_first_field_at_fault()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => Fraud(WithRule("""{ "type": "firstOrder", "points": 0 }""")));
        Assert.StartsWith("The fraud rule set is invalid: rules[0].points:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_read_case_insensitively_and_written_canonically()
    {
        var set = Fraud(WithRule("""{ "type": "CardsPerCustomer", "points": 40, "window": "1440m", "above": 2, "channels": ["Web", "app", "web"] }"""));
        var rule = Assert.IsType<VelocityRule>(Assert.Single(set.Rules));
        Assert.Equal((FraudVelocity.CardsPerCustomer, TimeSpan.FromDays(1)), (rule.Measure, rule.Window));
        Assert.Equal(["app", "Web"], rule.Channels);
        Assert.Contains("\"window\": \"1d\"", FraudRulesDocuments.Write(set), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_rule_set_round_trips_through_its_document()
    {
        var json = FraudRulesDocuments.Write(FraudRuleSet.Default);
        var parsed = FraudRulesDocuments.Read(json);
        Assert.Equal(json, FraudRulesDocuments.Write(parsed));
        Assert.Equal(FraudRuleSet.Default.Rules.Select(r => (r.Type, r.Points)), parsed.Rules.Select(r => (r.Type, r.Points)));
        Assert.Equal(FraudRuleSet.Default.Windows, parsed.Windows);
    }

    [Fact]
    public void Every_rule_type_round_trips()
    {
        var json = """
            {
              "reviewAt": 40,
              "rejectAt": 80,
              "rules": [
                { "type": "orderValue", "points": 25, "above": { "usd": 1100, "EUR": 1000.50 }, "channels": ["web"] },
                { "type": "firstOrder", "points": 10 },
                { "type": "ordersPerCustomer", "points": 20, "window": "30m", "above": 3 },
                { "type": "cardsPerCustomer", "points": 40, "window": "24h", "above": 2 },
                { "type": "addressesPerEmail", "points": 25, "window": "7d", "above": 3 },
                { "type": "emailsPerAddress", "points": 30, "window": "7d", "above": 3 },
                { "type": "countryMismatch", "points": 15, "channels": ["web", "app"] },
                { "type": "riskySkus", "points": 30, "skus": ["GIFTCARD-100", "CONSOLE-X"] }
              ]
            }
            """;
        var once = FraudRulesDocuments.Write(Fraud(json));
        Assert.Equal(once, FraudRulesDocuments.Write(FraudRulesDocuments.Read(once)));
        Assert.Contains("\"EUR\": 1000.50", once, StringComparison.Ordinal);
        Assert.Contains("\"USD\": 1100", once, StringComparison.Ordinal);
        Assert.Equal(8, FraudRulesDocuments.Read(once).Rules.Count);
    }
}
