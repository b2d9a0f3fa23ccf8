using System.Text.Json.Serialization;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>Distinct e-mail addresses shipping to the order's shipping address within the window (a drop address).</summary>
[RequiredFields("points", "window", "above")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record EmailsPerAddressFraudRule(int? Points, string? Window, int? Above, IReadOnlyList<string>? Channels = null)
    : VelocityFraudRule(Points, Window, Above, Channels);
