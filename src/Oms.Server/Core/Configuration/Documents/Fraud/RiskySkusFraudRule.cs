using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>The order holds one of the listed SKUs (goods that resell easily).</summary>
/// <param name="Skus">At least one SKU, compared case-insensitively.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RiskySkusFraudRule(int? Points, IReadOnlyList<string>? Skus, IReadOnlyList<string>? Channels = null)
    : FraudRuleDocument(Points, Channels);
