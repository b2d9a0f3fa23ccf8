using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>More than <c>above</c> of something counted within a look-back window.</summary>
/// <param name="Window">Whole minutes, hours or days: <c>30m</c>, <c>24h</c>, <c>7d</c> (at most 366 days).</param>
/// <param name="Above">The rule matches when the count is greater than this; not negative.</param>
[RequiredFields("points", "window", "above")]
public abstract record VelocityFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels)
    : FraudRuleDocument(Points, Channels);
