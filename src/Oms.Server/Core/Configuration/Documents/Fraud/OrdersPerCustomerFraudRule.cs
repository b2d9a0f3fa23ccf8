using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>Orders placed by the customer within the window.</summary>
[RequiredFields("points", "window", "above")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OrdersPerCustomerFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
