using Oms.Domain.Fraud;
using static Oms.Domain.Tests.Fraud.FraudFixture;

namespace Oms.Domain.Tests.Fraud;

/// <summary>Each rule matches the orders it describes, and only those.</summary>
public sealed class FraudRuleMatchingTests
{
    private static readonly OrderValueRule HighValue = new(30, new Dictionary<string, decimal> { ["EUR"] = 1000m, ["GBP"] = 900m });

    [Fact]
    public void An_order_above_the_value_threshold_matches_with_its_total_in_the_reason()
    {
        var match = Assert.Single(Assess(HighValue, Facts(total: 1000.01m)).Matches);
        Assert.Equal(30, match.Points);
        Assert.Equal("orderValue", match.RuleType);
        Assert.Equal("Order total 1000.01 EUR is above 1000.00 EUR.", match.Reason);
    }

    [Theory]
    [InlineData(999.99)]
    [InlineData(1000)]
    public void An_order_at_or_below_the_value_threshold_does_not_match(decimal total)
        => Assert.Empty(Assess(HighValue, Facts(total: total)).Matches);

    [Fact]
    public void The_value_threshold_of_the_orders_own_currency_applies()
    {
        Assert.Single(Assess(HighValue, Facts(total: 950m, currency: "GBP")).Matches);
        Assert.Empty(Assess(HighValue, Facts(total: 950m, currency: "EUR")).Matches);
    }

    [Fact]
    public void An_order_in_a_currency_the_value_rule_does_not_list_does_not_match()
        => Assert.Empty(Assess(HighValue, Facts(total: 1_000_000m, currency: "USD")).Matches);

    [Fact]
    public void A_first_order_matches_the_first_order_rule()
        => Assert.Equal("First order of this customer.", Assert.Single(Assess(new FirstOrderRule(10), Facts() with { IsFirstOrder = true }).Matches).Reason);

    [Fact]
    public void A_returning_customer_does_not_match_the_first_order_rule()
        => Assert.Empty(Assess(new FirstOrderRule(10), Facts()).Matches);

    [Theory]
    [InlineData(FraudVelocity.OrdersPerCustomer, "6 orders by this customer in the last 24 hours (more than 5).")]
    [InlineData(FraudVelocity.CardsPerCustomer, "6 payment cards used by this customer in the last 24 hours (more than 5).")]
    [InlineData(FraudVelocity.AddressesPerEmail, "6 shipping addresses used with this e-mail address in the last 24 hours (more than 5).")]
    [InlineData(FraudVelocity.EmailsPerAddress, "6 e-mail addresses shipping to this address in the last 24 hours (more than 5).")]
    public void A_count_above_the_limit_in_the_window_matches(FraudVelocity measure, string reason)
    {
        var rule = new VelocityRule(measure, Day, above: 5, points: 20);
        var match = Assert.Single(Assess(rule, Facts(day: Only(measure, 6))).Matches);
        Assert.Equal(reason, match.Reason);
        Assert.Equal(measure.ToString()[..1].ToLowerInvariant() + measure.ToString()[1..], match.RuleType);
    }

    [Theory]
    [InlineData(FraudVelocity.OrdersPerCustomer)]
    [InlineData(FraudVelocity.CardsPerCustomer)]
    [InlineData(FraudVelocity.AddressesPerEmail)]
    [InlineData(FraudVelocity.EmailsPerAddress)]
    public void A_count_at_the_limit_does_not_match(FraudVelocity measure)
        => Assert.Empty(Assess(new VelocityRule(measure, Day, above: 5, points: 20), Facts(day: Only(measure, 5))).Matches);

    [Fact]
    public void A_velocity_rule_counts_in_its_own_window_only()
    {
        var weekly = new VelocityRule(FraudVelocity.CardsPerCustomer, Week, above: 3, points: 40);
        Assert.Empty(Assess(weekly, Facts(day: Only(FraudVelocity.CardsPerCustomer, 9))).Matches);
        Assert.Single(Assess(weekly, Facts(week: Only(FraudVelocity.CardsPerCustomer, 4))).Matches);
    }

    [Fact]
    public void Facts_without_a_window_a_rule_needs_are_the_callers_bug()
    {
        var hourly = new VelocityRule(FraudVelocity.OrdersPerCustomer, TimeSpan.FromHours(1), above: 2, points: 20);
        var ex = Assert.Throws<InvalidOperationException>(() => Assess(hourly, Facts()));
        Assert.Contains("1h", ex.Message, StringComparison.Ordinal);
        var weekly = new VelocityRule(FraudVelocity.OrdersPerCustomer, Week, above: 2, points: 20);
        Assert.Equal("3 orders by this customer in the last 7 days (more than 2).",
            Assert.Single(Assess(weekly, Facts(week: Quiet with { OrdersByCustomer = 3 })).Matches).Reason);
    }

    [Fact]
    public void A_billing_country_other_than_the_shipping_country_matches()
        => Assert.Equal("Billing country BE differs from shipping country NL.",
            Assert.Single(Assess(new CountryMismatchRule(15), Facts() with { BillingCountry = "BE" }).Matches).Reason);

    [Theory]
    [InlineData("NL", "NL")]
    [InlineData("nl", "NL")]
    [InlineData(null, "NL")]
    [InlineData("BE", null)]
    public void The_same_country_or_a_missing_address_does_not_match_the_country_rule(string? billing, string? shipping)
        => Assert.Empty(Assess(new CountryMismatchRule(15), Facts() with { BillingCountry = billing, ShippingCountry = shipping }).Matches);

    [Fact]
    public void An_order_with_a_risky_sku_matches_and_names_it()
    {
        var rule = new RiskySkuRule(50, ["GIFTCARD-100", "CONSOLE-X"]);
        var facts = Facts() with { Skus = ["TSHIRT-M", "giftcard-100"] };
        Assert.Equal("Risky SKU(s) in the order: giftcard-100.", Assert.Single(Assess(rule, facts).Matches).Reason);
    }

    [Fact]
    public void An_order_without_risky_skus_does_not_match()
        => Assert.Empty(Assess(new RiskySkuRule(50, ["GIFTCARD-100"]), Facts()).Matches);

    [Fact]
    public void A_rule_limited_to_channels_applies_to_those_channels_only()
    {
        var webOnly = new FirstOrderRule(10, ["web", "app"]);
        var first = Facts() with { IsFirstOrder = true };
        Assert.Single(Assess(webOnly, first).Matches);
        Assert.Single(Assess(webOnly, first with { Channel = "APP" }).Matches);
        Assert.Empty(Assess(webOnly, first with { Channel = "marketplace" }).Matches);
    }

    [Fact]
    public void Every_matching_rule_is_listed_with_its_index_and_points()
    {
        var rules = Rules(new FirstOrderRule(10), new RiskySkuRule(50, ["X"]), new CountryMismatchRule(15));
        var facts = Facts() with { IsFirstOrder = true, BillingCountry = "DE" };
        var assessment = FraudScorer.Assess(rules, facts);
        Assert.Equal([(0, 10), (2, 15)], assessment.Matches.Select(m => (m.RuleIndex, m.Points)));
        Assert.Equal(25, assessment.Score);
    }

    private static FraudWindowCounts Only(FraudVelocity measure, int n) => measure switch
    {
        FraudVelocity.OrdersPerCustomer => Quiet with { OrdersByCustomer = n },
        FraudVelocity.CardsPerCustomer => Quiet with { CardsByCustomer = n },
        FraudVelocity.AddressesPerEmail => Quiet with { AddressesForEmail = n },
        _ => Quiet with { EmailsForAddress = n },
    };
}
