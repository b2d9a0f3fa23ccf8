using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>Adds up one side's plans into <see cref="ReplayMetrics"/>.</summary>
internal sealed class ReplayTally(ReplayCostTable? costs)
{
    private int _orders, _lines, _shipments, _splitLines, _unservedLines, _unservedUnits, _parts, _storeParts, _measured;
    private double _km;
    private decimal _cost;

    /// <param name="destinations">Where each line goes (null: unknown), by line number.</param>
    public void Add(ReplayOrderOutcome outcome, int lines, int unservedUnits, IReadOnlyDictionary<int, GeoPoint?> destinations,
        IReadOnlyDictionary<string, Location> locations)
    {
        _orders++;
        _lines += lines;
        _unservedLines += outcome.UnservedLines.Count;
        _unservedUnits += unservedUnits;
        _splitLines += outcome.Assignments.GroupBy(a => a.LineNumber).Count(g => g.Count() > 1);
        foreach (var a in outcome.Assignments)
        {
            _parts++;
            if (locations.TryGetValue(a.Location, out var l) && l.Type == LocationType.Store) _storeParts++;
        }
        // A shipment is one location serving the order (a transfer ships to the pickup store).
        foreach (var shipment in outcome.Assignments.GroupBy(a => (a.Location, a.TransferTo)))
        {
            _shipments++;
            if (!locations.TryGetValue(shipment.Key.Location, out var from)) continue;
            var first = shipment.First();
            var to = first.TransferTo is { } store && locations.TryGetValue(store, out var s) ? s.Point
                : destinations.GetValueOrDefault(first.LineNumber);
            if (to is { } point)
            {
                _km += from.Point.DistanceKmTo(point);
                _measured++;
            }
            if (costs is not null) _cost += costs.For(from);
        }
    }

    public ReplayMetrics Metrics() => new(_lines, _shipments, _orders == 0 ? 0 : Math.Round((double)_shipments / _orders, 3), _splitLines,
        _unservedLines, _unservedUnits, _parts == 0 ? 0 : Math.Round((double)_storeParts / _parts, 4),
        _measured == 0 ? null : Math.Round(_km, 1), _measured == 0 ? null : Math.Round(_km / _measured, 1),
        costs is null ? null : Math.Round(_cost, 2));
}
