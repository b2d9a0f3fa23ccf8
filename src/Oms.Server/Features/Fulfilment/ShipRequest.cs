using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Fulfilment;

[RequiredFields("carrier", "trackingNumber")]
public sealed record ShipRequest(string? Carrier, string? TrackingNumber, IReadOnlyList<Guid>? LineIds);
