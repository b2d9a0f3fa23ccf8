using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>The order total is above an amount in its currency (an order in an unlisted currency does not match).</summary>
/// <param name="Above">Amount per ISO 4217 currency code, e.g. <c>{ "EUR": 1000 }</c>; at least one, none negative.</param>
[RequiredFields("points", "above")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrderValueFraudRule(int? Points, IReadOnlyDictionary<string, decimal>? Above, IReadOnlyList<string>? Channels = null)
    : FraudRuleDocument(Points, Channels);
