using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>Distinct payment cards the customer used within the window.</summary>
[RequiredFields("points", "window", "above")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CardsPerCustomerFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
