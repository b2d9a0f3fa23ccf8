using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// Sources an order in one decision: filters and scores each line's candidate locations with the rule set, then
/// searches for the plan that serves the most lines, prefers the pickup store's own stock over transfers, then (when
/// the rule set says so) fewer shipments, then the lowest total score. It never assigns more than a location's
/// available-to-promise, shared across the order's lines of one SKU. Pure: the caller reserves the plan's quantities
/// (and re-plans without a location whose reservation fails) and back-orders <see cref="SourcingPlan.Unassigned"/>.
/// </summary>
public static class SourcingOptimiser
{
    /// <param name="stock">Available-to-promise per location and SKU; locations missing from it hold nothing.</param>
    /// <param name="centralLocationCode">The central DC, which rules name as <see cref="SourcingRuleSet.CentralLocationAlias"/>.
    /// It is not a stand-in for unknown customer coordinates: measured from it, the DC itself would be 0 km away and
    /// win every "nearest" rule. Unknown distances stay unknown (see <see cref="DistanceRanker"/>).</param>
    public static SourcingPlan Plan(SourcingRequest request, SourcingRuleSet rules, IReadOnlyCollection<StockAtLocation> stock,
        string? centralLocationCode = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stock);
        Validate(request);

        var rowsBySku = StockBySku(request, stock);
        var locations = KnownLocations(request, rowsBySku);
        var planned = request.Lines.Where(l => l.Method != DeliveryMethod.CarryOut).ToList();
        var candidates = planned.Select(line =>
        {
            var (point, note) = DestinationOf(line, request, locations);
            return LineCandidates.Build(line, point, note, rules, request.ChannelCode, centralLocationCode,
                rowsBySku.TryGetValue(line.Sku, out var rows) ? rows : []);
        }).ToList();

        var problem = new PlanProblem(candidates, rules);
        var result = PlanSearch.Run(problem);
        var builder = new ExplanationBuilder(rules, problem, candidates, result.Parts);

        var assignments = new List<Assignment>();
        var unassigned = new List<Guid>();
        var explained = new List<LineExplanation>();
        var plannedIndex = 0;
        foreach (var line in request.Lines)
        {
            if (line.Method == DeliveryMethod.CarryOut)
            {
                explained.Add(ExplanationBuilder.NotSourced(line));
                continue;
            }
            var j = plannedIndex++;
            var mine = builder.AssignmentsOf(j);
            if (mine.Count == 0) unassigned.Add(line.LineId);
            assignments.AddRange(mine);
            explained.Add(builder.Explain(j, mine));
        }

        var explanation = new SourcingExplanation(rules.Name, builder.Summary(result.Key, result.LineByLine), result.Description,
            result.Key.Shipments, ExplanationBuilder.Round(result.Key.Score), explained);
        return new SourcingPlan(assignments, unassigned, explanation);
    }

    private static void Validate(SourcingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var ids = new HashSet<Guid>();
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var l = request.Lines[i];
            if (string.IsNullOrWhiteSpace(l.Sku)) errors[$"lines[{i}].sku"] = ["sku is required."];
            if (l.Quantity <= 0) errors[$"lines[{i}].quantity"] = [$"quantity must be greater than zero (was {l.Quantity})."];
            if (!ids.Add(l.LineId)) errors[$"lines[{i}].lineId"] = [$"line {l.LineId} appears twice."];
            if (l.Method == DeliveryMethod.PickupInStore && string.IsNullOrWhiteSpace(l.PickupLocation))
                errors[$"lines[{i}].pickupLocation"] = ["A pickup line needs the store the customer chose."];
        }
        if (errors.Count > 0) throw new BusinessRuleException("The sourcing request is invalid.", errors);
    }

    /// <summary>
    /// Where a line goes: its own point, else its pickup location, else the order's point. Without a point the note
    /// says why it is unknown (a line with an address of its own is never measured to the order's address instead).
    /// </summary>
    private static (GeoPoint? Point, string Note) DestinationOf(SourcingLine line, SourcingRequest request,
        Dictionary<string, Location> locations)
    {
        if (line.Destination is { } own) return (own, line.DestinationNote ?? "the line's own address");
        if ((line.Method is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint) && line.PickupLocation is { } code)
        {
            if (locations.TryGetValue(code, out var pickup)) return (pickup.Point, $"pickup location {code}");
            if (line.Method == DeliveryMethod.PickupInStore) return (null, $"pickup location {code} is not a known location");
        }
        if (line.DestinationNote is { } ownUnknown) return (null, ownUnknown);
        if (request.Destination is { } customer) return (customer, request.DestinationNote ?? "the customer's address");
        return (null, request.DestinationNote ?? "the order gives no coordinates to measure to");
    }

    /// <summary>The locations the request needs by code (pickup locations): its own list and the order's stock rows.</summary>
    private static Dictionary<string, Location> KnownLocations(SourcingRequest request, Dictionary<string, List<StockAtLocation>> rowsBySku)
    {
        var result = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var l in request.Locations) result.TryAdd(l.Code, l);
        foreach (var rows in rowsBySku.Values)
            foreach (var s in rows) result.TryAdd(s.Location.Code, s.Location);
        return result;
    }

    /// <summary>The stock rows of the order's SKUs only: callers may pass the whole network's stock.</summary>
    private static Dictionary<string, List<StockAtLocation>> StockBySku(SourcingRequest request, IReadOnlyCollection<StockAtLocation> stock)
    {
        var result = new Dictionary<string, List<StockAtLocation>>(StringComparer.Ordinal);
        foreach (var line in request.Lines) result.TryAdd(line.Sku, []);
        var seen = new HashSet<(string, string)>();
        foreach (var s in stock)
        {
            if (!result.TryGetValue(s.Sku, out var rows)) continue;
            if (!seen.Add((s.Location.Code, s.Sku)))
                throw new ArgumentException($"The stock lists location {s.Location.Code} and SKU {s.Sku} more than once.", nameof(stock));
            rows.Add(s);
        }
        return result;
    }
}
