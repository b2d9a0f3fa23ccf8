using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// A carrier as <c>PUT /api/carriers/{code}</c> sends it. <c>trackingUrlTemplate</c> holds <c>{trackingNumber}</c>
/// where the number goes; <c>enabled</c> left out keeps the carrier's state.
/// </summary>
[RequiredFields("name")]
public sealed record CarrierRequest(string? Code, string? Name, string? TrackingUrlTemplate = null, bool? Enabled = null,
    IReadOnlyList<string>? Services = null);
