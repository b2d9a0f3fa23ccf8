using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>The billing country is not the shipping country.</summary>
[RequiredFields("points")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CountryMismatchFraudRule(int? Points, IReadOnlyList<string>? Channels = null) : FraudRuleDocument(Points, Channels);
