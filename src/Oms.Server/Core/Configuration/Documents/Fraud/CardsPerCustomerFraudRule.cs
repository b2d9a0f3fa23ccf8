using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>Distinct payment cards the customer used within the window.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CardsPerCustomerFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
