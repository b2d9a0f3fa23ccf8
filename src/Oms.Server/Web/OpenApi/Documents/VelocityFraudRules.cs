namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>More than <c>above</c> of something counted within a look-back window.</summary>
/// <param name="Window">Whole minutes, hours or days: <c>30m</c>, <c>24h</c>, <c>7d</c> (at most 366 days).</param>
/// <param name="Above">The rule matches when the count is greater than this; not negative.</param>
public abstract record VelocityFraudRule(int Points, string Window, int Above, IReadOnlyList<string>? Channels)
    : FraudRuleDocument(Points, Channels);

/// <summary>Orders placed by the customer within the window.</summary>
public sealed record OrdersPerCustomerFraudRule(int Points, string Window, int Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);

/// <summary>Distinct payment cards the customer used within the window.</summary>
public sealed record CardsPerCustomerFraudRule(int Points, string Window, int Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);

/// <summary>Distinct shipping addresses used with the customer's e-mail within the window.</summary>
public sealed record AddressesPerEmailFraudRule(int Points, string Window, int Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);

/// <summary>Distinct e-mail addresses shipping to the order's shipping address within the window (a drop address).</summary>
public sealed record EmailsPerAddressFraudRule(int Points, string Window, int Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
