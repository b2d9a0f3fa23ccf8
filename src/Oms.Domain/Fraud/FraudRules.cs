using Oms.Domain.Common;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Fraud;

/// <summary>
/// The order total is above an amount. Thresholds are per currency; an order in a currency the rule does not
/// list does not match (amounts in different currencies are never compared).
/// </summary>
public sealed record OrderValueRule : FraudRule
{
    public OrderValueRule(int points, IReadOnlyDictionary<string, decimal> above, IReadOnlyList<string>? channels = null)
        : base(points, channels, out var errors)
    {
        Above = CurrencyAmounts.Normalize(above, "above", errors, required: true);
        errors.ThrowIfAny("The orderValue rule");
    }

    public override string Type => "orderValue";
    public IReadOnlyDictionary<string, decimal> Above { get; }

    public override string? Match(FraudFacts facts)
        => Above.TryGetValue(facts.OrderTotal.Currency, out var limit) && facts.OrderTotal.Amount > limit
            ? $"Order total {facts.OrderTotal} is above {new Money(limit, facts.OrderTotal.Currency)}."
            : null;
}

/// <summary>The customer has never ordered before.</summary>
public sealed record FirstOrderRule : FraudRule
{
    public FirstOrderRule(int points, IReadOnlyList<string>? channels = null) : base(points, channels, out var errors)
        => errors.ThrowIfAny("The firstOrder rule");

    public override string Type => "firstOrder";

    public override string? Match(FraudFacts facts) => facts.IsFirstOrder ? "First order of this customer." : null;
}

/// <summary>More than <see cref="Above"/> of something counted within a look-back window (orders, cards, addresses, e-mails).</summary>
public sealed record VelocityRule : FraudRule
{
    public VelocityRule(FraudVelocity measure, TimeSpan window, int above, int points, IReadOnlyList<string>? channels = null)
        : base(points, channels, out var errors)
    {
        if (!Enum.IsDefined(measure)) errors.Add("type", $"Unknown velocity measure {measure}.");
        if (!FraudWindow.IsValid(window)) errors.Add("window", $"window must be whole minutes, hours or days between 1m and {FraudWindow.Format(FraudWindow.Longest)}.");
        if (above < 0) errors.Add("above", $"above must not be negative (was {above}).");
        Measure = measure;
        Window = window;
        Above = above;
        errors.ThrowIfAny($"The {ConfigNames.Of(measure)} rule");
    }

    public override string Type => ConfigNames.Of(Measure);
    public FraudVelocity Measure { get; }
    public TimeSpan Window { get; }
    /// <summary>The rule matches when the count is strictly greater than this.</summary>
    public int Above { get; }

    public override string? Match(FraudFacts facts)
    {
        var n = facts.In(Window).Of(Measure);
        if (n <= Above) return null;
        var what = Measure switch
        {
            FraudVelocity.OrdersPerCustomer => $"{n} orders by this customer",
            FraudVelocity.CardsPerCustomer => $"{n} payment cards used by this customer",
            FraudVelocity.AddressesPerEmail => $"{n} shipping addresses used with this e-mail address",
            _ => $"{n} e-mail addresses shipping to this address",
        };
        return $"{what} in the last {FraudWindow.Describe(Window)} (more than {Above}).";
    }
}

/// <summary>The billing country is not the shipping country. Orders without one of the two addresses do not match.</summary>
public sealed record CountryMismatchRule : FraudRule
{
    public CountryMismatchRule(int points, IReadOnlyList<string>? channels = null) : base(points, channels, out var errors)
        => errors.ThrowIfAny("The countryMismatch rule");

    public override string Type => "countryMismatch";

    public override string? Match(FraudFacts facts)
        => facts is { BillingCountry: { } billing, ShippingCountry: { } shipping }
           && !string.Equals(billing.Trim(), shipping.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"Billing country {billing} differs from shipping country {shipping}."
            : null;
}

/// <summary>The order contains at least one SKU from a list (gift cards, consoles: goods that resell easily). SKUs compare case-insensitively.</summary>
public sealed record RiskySkuRule : FraudRule
{
    public RiskySkuRule(int points, IReadOnlyList<string> skus, IReadOnlyList<string>? channels = null)
        : base(points, channels, out var errors)
    {
        if (skus is null || skus.Count == 0) errors.Add("skus", "skus must list at least one SKU.");
        for (var i = 0; i < (skus?.Count ?? 0); i++)
            if (string.IsNullOrWhiteSpace(skus![i])) errors.Add($"skus[{i}]", "A SKU must not be empty.");
        Skus = [.. (skus ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        errors.ThrowIfAny("The riskySkus rule");
    }

    public override string Type => "riskySkus";
    public IReadOnlyList<string> Skus { get; }

    public override string? Match(FraudFacts facts)
    {
        var found = facts.Skus.Where(s => Skus.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return found.Count > 0 ? $"Risky SKU(s) in the order: {string.Join(", ", found)}." : null;
    }
}
