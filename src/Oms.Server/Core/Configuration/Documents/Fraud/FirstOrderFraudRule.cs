using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>The customer has never ordered before.</summary>
[RequiredFields("points")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FirstOrderFraudRule(int? Points, IReadOnlyList<string>? Channels = null) : FraudRuleDocument(Points, Channels);
