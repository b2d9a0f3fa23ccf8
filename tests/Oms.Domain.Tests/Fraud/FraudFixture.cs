using Oms.Domain.Common;
using Oms.Domain.Fraud;

namespace Oms.Domain.Tests.Fraud;

/// <summary>An unremarkable order from a returning customer; each test changes the one fact it is about.</summary>
internal static class FraudFixture
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static FraudFacts Facts(decimal total = 80m, string currency = "EUR", string channel = "web",
        FraudWindowCounts? day = null, FraudWindowCounts? week = null) => new()
    {
        OrderTotal = new Money(total, currency),
        Channel = channel,
        IsFirstOrder = false,
        BillingCountry = "NL",
        ShippingCountry = "NL",
        Skus = ["TSHIRT-M"],
        Windows = new Dictionary<TimeSpan, FraudWindowCounts>
        {
            [Day] = day ?? Quiet,
            [Week] = week ?? Quiet,
        },
    };

    /// <summary>One order, one card, one address, one e-mail: this order only.</summary>
    public static readonly FraudWindowCounts Quiet = new(OrdersByCustomer: 1, CardsByCustomer: 1, AddressesForEmail: 1, EmailsForAddress: 1);

    /// <summary>A rule set with the given rules and thresholds review at 50, reject at 100.</summary>
    public static FraudRuleSet Rules(params FraudRule[] rules) => new(50, 100, rules);

    public static FraudAssessment Assess(FraudRule rule, FraudFacts facts) => FraudScorer.Assess(Rules(rule), facts);
}
