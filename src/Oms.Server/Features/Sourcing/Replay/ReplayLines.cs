using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>Which lines of an order a replay plans, and how two plans of it compare.</summary>
internal static class ReplayLines
{
    /// <summary>
    /// The order's lines as the customer ordered them: parts split off by sourcing go back into their line (they share the
    /// channel's line id), cancelled and carry-out lines are left out.
    /// </summary>
    public static List<(OrderLine Line, int Quantity)> Of(Order order) => [.. order.Lines
        .Where(l => l.Status != LineStatus.Cancelled && l.DeliveryMethod != DeliveryMethod.CarryOut)
        .OrderBy(l => l.LineNumber)
        .GroupBy(l => (Id: l.ChannelLineId ?? l.Id.ToString(), l.Sku, l.DeliveryMethod, l.PickupLocationCode))
        .Select(g => (g.First(), g.Sum(l => l.Quantity)))];

    public static string Signature(ReplayOrderOutcome o)
        => string.Join(';', o.Assignments.Select(a => $"{a.LineNumber}:{a.Location}>{a.TransferTo}x{a.Quantity}"))
            + "|" + string.Join(',', o.UnservedLines);

    /// <summary>Where the optimiser measures the line to: its own point, else its pickup location, else the order's point.</summary>
    public static GeoPoint? Destination(SourcingLine line, SourcingRequest request, IReadOnlyDictionary<string, Location> locations)
    {
        if (line.Destination is { } own) return own;
        if ((line.Method is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint) && line.PickupLocation is { } code)
        {
            if (locations.TryGetValue(code, out var pickup)) return pickup.Point;
            if (line.Method == DeliveryMethod.PickupInStore) return null;
        }
        return line.DestinationNote is not null ? null : request.Destination;
    }
}
