using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>A location that could serve a line, with what it has available now.</summary>
public sealed record SourcingCandidate(Location Location, int AvailableToPromise);

/// <summary>A ranked choice for one line, with the reason people will read on the timeline.</summary>
public sealed record SourcingOption(string LocationCode, string Reason);

/// <summary>
/// The foundation's fixed rule, kept as the reference the built-in rule set is tested against (the server sources
/// through <see cref="SourcingOptimiser"/>): a shipped line goes to the central DC when
/// it has stock, otherwise to the nearest shipping location that has; a pickup line to the store the
/// customer chose; lines nothing can serve are back-ordered (an empty list).
/// The caller reserves in the order given and takes the first reservation that succeeds.
/// </summary>
public static class SimpleSourcing
{
    public static IReadOnlyList<SourcingOption> Rank(OrderLine line, GeoPoint? destination, string centralLocationCode,
        IReadOnlyCollection<SourcingCandidate> candidates)
    {
        switch (line.DeliveryMethod)
        {
            case DeliveryMethod.PickupInStore:
                return candidates
                    .Where(c => c.Location.Code == line.PickupLocationCode && c.Location.Can(LocationCapabilities.Pickup) && c.AvailableToPromise >= line.Quantity)
                    .Select(c => new SourcingOption(c.Location.Code, "the store the customer chose for pickup"))
                    .ToList();
            case DeliveryMethod.CarryOut:
                return [];
            default:
                var shippers = candidates
                    .Where(c => c.Location.HoldsStock && c.Location.Can(LocationCapabilities.Ship) && c.AvailableToPromise >= line.Quantity)
                    .ToList();
                var central = shippers.Where(c => c.Location.Code == centralLocationCode)
                    .Select(c => new SourcingOption(c.Location.Code, "central DC has stock"));
                // Without the customer's point no location is nearer than another: they follow by code.
                var others = shippers.Where(c => c.Location.Code != centralLocationCode)
                    .Select(c => (c, km: destination is { } o ? o.DistanceKmTo(c.Location.Point) : 0))
                    .OrderBy(x => x.km).ThenBy(x => x.c.Location.Code, StringComparer.Ordinal)
                    .Select(x => new SourcingOption(x.c.Location.Code,
                        destination is null ? "central DC out of stock; next location with stock" : $"central DC out of stock; nearest location with stock ({x.km:0} km)"));
                return [.. central, .. others];
        }
    }
}
