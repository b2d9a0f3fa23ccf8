using System.Text.Json.Serialization;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>Orders placed by the customer within the window.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrdersPerCustomerFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
