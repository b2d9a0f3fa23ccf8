using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// One order line to source. <paramref name="PickupLocation"/> is the store (pickup in store) or carrier point the
/// customer chose. <paramref name="Destination"/> overrides the order's destination for this line (a line shipped
/// to another address); pickup and carrier-point lines otherwise go to their pickup location's coordinates.
/// <paramref name="DestinationNote"/> says in words where the line's own destination is (with a
/// <paramref name="Destination"/>) or why its point is unknown (without one): a line with an address of its own
/// but no coordinates is then not measured to the order's address instead.
/// Carry-out lines are never planned: the till has already handed them over.
/// </summary>
public sealed record SourcingLine(Guid LineId, string Sku, int Quantity, DeliveryMethod Method, string? PickupLocation,
    GeoPoint? Destination = null, string? DestinationNote = null);

/// <summary>An order (or the open lines of one) to source in one decision.</summary>
/// <param name="Destination">Where shipped lines go (the customer's coordinates), when known. When unknown, distances
/// to the customer are unknown: the distance ranker is neutral, a distance filter rejects, and the explanation says why.</param>
public sealed record SourcingRequest(string ChannelCode, GeoPoint? Destination, IReadOnlyList<SourcingLine> Lines)
{
    /// <summary>
    /// In words, where <see cref="Destination"/> is (e.g. "the customer's address, placed at the centre of postal-code
    /// NL 1012") or, when it is null, why it is unknown. See <see cref="SourcingRequests.ForOrder"/>.
    /// </summary>
    public string? DestinationNote { get; init; }

    /// <summary>
    /// Locations of the network that the stock list may not mention, such as a chosen pickup store holding none of
    /// the order's SKUs: the optimiser needs their coordinates to measure a transfer to them.
    /// </summary>
    public IReadOnlyCollection<Location> Locations { get; init; } = [];
}

/// <summary>What a location can promise of one SKU now; one entry per location and SKU.</summary>
public sealed record StockAtLocation(Location Location, string Sku, int AvailableToPromise);

/// <summary>
/// Part (or all) of a line's quantity from one location. <paramref name="TransferTo"/> names the pickup store when
/// the location ships the units there for collection; <paramref name="Reason"/> is the sentence for the timeline.
/// </summary>
public sealed record Assignment(Guid LineId, string LocationCode, int Quantity, string? TransferTo = null, string Reason = "");

/// <summary>
/// The decision for an order: every planned line is either assigned exactly its quantity (possibly over several
/// locations when the rule set allows splitting) or listed in <paramref name="Unassigned"/> for the caller to back-order.
/// The assignments per location become one fulfilment order each.
/// </summary>
public sealed record SourcingPlan(IReadOnlyList<Assignment> Assignments, IReadOnlyList<Guid> Unassigned, SourcingExplanation Explanation)
{
    /// <summary>The distinct locations the plan ships from, in order of first use.</summary>
    public IReadOnlyList<string> Locations => [.. Assignments.Select(a => a.LocationCode).Distinct(StringComparer.Ordinal)];
}
