using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Fulfilment;

/// <summary>A parcel that left the location.</summary>
/// <param name="Carrier">Who carries it; may be left out when the fulfilment order has a label (the label's carrier then).</param>
/// <param name="TrackingNumber">The parcel's tracking number; required unless the fulfilment order has a label
/// (<c>POST /api/fulfilment-orders/{id}/label</c>), whose tracking number it then is.</param>
/// <param name="LineIds">The lines in the parcel; all open lines when none are given.</param>
[RequiredFields]
public sealed record ShipRequest(string? Carrier, string? TrackingNumber, IReadOnlyList<Guid>? LineIds);
