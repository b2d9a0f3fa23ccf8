using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>The order holds one of the listed SKUs (goods that resell easily).</summary>
/// <param name="Skus">At least one SKU, compared case-insensitively.</param>
[RequiredFields("points", "skus")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RiskySkusFraudRule(int? Points, IReadOnlyList<string>? Skus, IReadOnlyList<string>? Channels = null)
    : FraudRuleDocument(Points, Channels);
