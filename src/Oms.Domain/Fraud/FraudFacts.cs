using Oms.Domain.Common;

namespace Oms.Domain.Fraud;

/// <summary>
/// What the fraud rules look at, gathered by the caller from the database so that scoring stays a pure function.
/// Counts are per look-back window: gather one <see cref="FraudWindowCounts"/> for each of the rule set's
/// <see cref="FraudRuleSet.Windows"/>, counting over (now − window, now] and including the order being assessed.
/// </summary>
public sealed record FraudFacts
{
    public required Money OrderTotal { get; init; }
    /// <summary>The code of the channel the order came from, for rules limited to some channels.</summary>
    public required string Channel { get; init; }
    /// <summary>The customer has no order before this one.</summary>
    public bool IsFirstOrder { get; init; }
    /// <summary>ISO 3166 two-letter codes; null when the order has no such address (a POS sale has no shipping address).</summary>
    public string? BillingCountry { get; init; }
    public string? ShippingCountry { get; init; }
    public IReadOnlyList<string> Skus { get; init; } = [];
    public IReadOnlyDictionary<TimeSpan, FraudWindowCounts> Windows { get; init; } = new Dictionary<TimeSpan, FraudWindowCounts>();

    /// <summary>The counts for a window a rule needs. A missing window is the caller's bug, not a reason to score lower.</summary>
    public FraudWindowCounts In(TimeSpan window) => Windows.TryGetValue(window, out var counts)
        ? counts
        : throw new InvalidOperationException(
            $"The fraud facts have no counts for the window {FraudWindow.Format(window)}; gather one for each of FraudRuleSet.Windows.");
}

/// <summary>
/// Counts over one look-back window, the order being assessed included (so its first order counts 1).
/// </summary>
/// <param name="OrdersByCustomer">Orders placed by the customer.</param>
/// <param name="CardsByCustomer">Distinct payment cards (payment fingerprints) the customer used.</param>
/// <param name="AddressesForEmail">Distinct shipping addresses used with the customer's e-mail address.</param>
/// <param name="EmailsForAddress">Distinct e-mail addresses that shipped to this order's shipping address (0 without one).</param>
public sealed record FraudWindowCounts(int OrdersByCustomer, int CardsByCustomer, int AddressesForEmail, int EmailsForAddress)
{
    public int Of(FraudVelocity measure) => measure switch
    {
        FraudVelocity.OrdersPerCustomer => OrdersByCustomer,
        FraudVelocity.CardsPerCustomer => CardsByCustomer,
        FraudVelocity.AddressesPerEmail => AddressesForEmail,
        FraudVelocity.EmailsPerAddress => EmailsForAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
