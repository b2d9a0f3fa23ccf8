using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>A location that passed every rule for a line, with its ranker values and total score.</summary>
internal sealed record ScoredCandidate(Location Location, int Available, bool Transfer, double? DistanceKm, double[] Values, double Score)
{
    /// <summary>Better first: serving the pickup store itself before any transfer, then score, then code for a stable result.</summary>
    public static int Compare(ScoredCandidate a, ScoredCandidate b)
    {
        var c = a.Transfer.CompareTo(b.Transfer);
        if (c == 0) c = a.Score.CompareTo(b.Score);
        return c != 0 ? c : string.CompareOrdinal(a.Location.Code, b.Location.Code);
    }
}

/// <summary>The candidates for one line after the built-in rules, the rule set's filters and the candidate limit.</summary>
/// <param name="destinationNote">Where <paramref name="destination"/> is, in words; without a destination, why it is unknown.</param>
internal sealed class LineCandidates(SourcingLine line, GeoPoint? destination, string destinationNote)
{
    public SourcingLine Line { get; } = line;
    public GeoPoint? Destination { get; } = destination;
    /// <summary>For the explanation: where distances were measured to, or "distance unknown: " and why.</summary>
    public string DestinationNote { get; } = destination is null ? $"distance unknown: {destinationNote}" : destinationNote;
    /// <summary>Why distances for this line are unknown; null when they are measured.</summary>
    public string? UnknownDistanceReason { get; } = destination is null ? destinationNote : null;
    public int Considered { get; private set; }
    /// <summary>Best first (see <see cref="ScoredCandidate.Compare"/>).</summary>
    public List<ScoredCandidate> Kept { get; } = [];
    public FilterLog FilteredOut { get; } = new();
    public bool IsPickup => Line.Method == DeliveryMethod.PickupInStore;

    public static LineCandidates Build(SourcingLine line, GeoPoint? destination, string destinationNote, SourcingRuleSet rules,
        string channelCode, string? centralCode, IReadOnlyList<StockAtLocation> rows, bool storeSearch = false)
    {
        var result = new LineCandidates(line, destination, destinationNote);
        var pickupStore = line.Method == DeliveryMethod.PickupInStore ? line.PickupLocation : null;
        foreach (var row in rows)
        {
            result.Considered++;
            var loc = row.Location;
            var available = Math.Max(0, row.AvailableToPromise);
            var transfer = pickupStore is not null && !string.Equals(loc.Code, pickupStore, StringComparison.Ordinal);
            var km = destination is { } d ? d.DistanceKmTo(loc.Point) : (double?)null;
            var facts = new CandidateFacts(loc, available, line, channelCode, km, centralCode);
            if ((storeSearch ? StoreSearchRejection(facts) : BuiltInRejection(facts, rules, pickupStore, transfer)) is { } builtIn)
            {
                result.FilteredOut.Add(builtIn.Rule, builtIn.Reason, loc.Code);
                continue;
            }
            if (FilterRejection(facts, rules) is { } filtered)
            {
                result.FilteredOut.Add(filtered.Rule, filtered.Reason, loc.Code);
                continue;
            }
            var values = new double[rules.Rankers.Count];
            var score = 0.0;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = rules.Rankers[i].Value(facts);
                score += values[i] * rules.Rankers[i].Weight;
            }
            result.Kept.Add(new ScoredCandidate(loc, available, transfer, km, values, score));
        }
        result.ApplyCandidateLimit(rules.Limits);
        result.Kept.Sort(ScoredCandidate.Compare);
        return result;
    }

    /// <summary>Rules every rule set has: the location can do what the delivery method needs and has stock to give.</summary>
    private static (string Rule, string Reason)? BuiltInRejection(in CandidateFacts c, SourcingRuleSet rules, string? pickupStore, bool transfer)
    {
        var loc = c.Location;
        if (!loc.Enabled) return ("location enabled", "the location is disabled");
        if (!loc.HoldsStock) return ("location type", $"a {loc.Type} holds no stock");
        if (pickupStore is not null && !transfer)
        {
            if ((loc.Capabilities & LocationCapabilities.Pickup) == 0) return ("capability", "the chosen store cannot hand out pickups");
        }
        else if (pickupStore is not null && rules.PickupSourcing == PickupSourcing.ChosenStoreOnly)
            return ("pickupSourcing", "not the chosen pickup store, and pickup lines come from the chosen store only");
        else if ((loc.Capabilities & LocationCapabilities.Ship) == 0)
            return ("capability", transfer ? "cannot ship a transfer to the pickup store" : "cannot ship parcels");
        if (c.Available <= 0) return ("available-to-promise", "nothing available to promise");
        if (!rules.Limits.AllowLineSplit && c.Available < c.Line.Quantity)
            return ("limits.allowLineSplit", "holds less than the line's quantity, and lines may not be split");
        return null;
    }

    /// <summary>For "which stores near me have it": a store that can hand out pickups and holds the whole quantity itself.</summary>
    private static (string Rule, string Reason)? StoreSearchRejection(in CandidateFacts c)
    {
        var loc = c.Location;
        if (!loc.Enabled) return ("location enabled", "the location is disabled");
        if (!loc.HoldsStock) return ("location type", $"a {loc.Type} holds no stock");
        if ((loc.Capabilities & LocationCapabilities.Pickup) == 0) return ("capability", "cannot hand out pickups");
        return c.Available < c.Line.Quantity ? ("available-to-promise", "holds less than the quantity asked for") : null;
    }

    private static (string Rule, string Reason)? FilterRejection(in CandidateFacts c, SourcingRuleSet rules)
    {
        for (var i = 0; i < rules.Filters.Count; i++)
        {
            var f = rules.Filters[i];
            if (f.AppliesTo(c.Line.Method) && f.Reject(c) is { } reason) return ($"filters[{i}] {f.Type}", reason);
        }
        return null;
    }

    /// <summary>
    /// Keeps the best N by distance or score; the pickup store itself is never dropped in favour of a transfer. By
    /// distance, an unknown distance comes after every known one, so it never takes a "nearest" seat from a measured
    /// candidate; when no distance is known the N best-scored stay, and the explanation says so.
    /// </summary>
    private void ApplyCandidateLimit(SourcingLimits limits)
    {
        if (limits.MaxCandidates is not { } n || Kept.Count <= n) return;
        var byDistance = limits.RankCandidatesBy == CandidateOrder.Distance;
        Kept.Sort((a, b) =>
        {
            var c = a.Transfer.CompareTo(b.Transfer);
            if (c == 0) c = byDistance ? CompareDistance(a, b) : a.Score.CompareTo(b.Score);
            return c != 0 ? c : string.CompareOrdinal(a.Location.Code, b.Location.Code);
        });
        var noneMeasured = Kept.All(k => k.DistanceKm is null);
        foreach (var dropped in Kept.Skip(n))
        {
            var reason = !byDistance ? $"not among the {n} best-scored candidates"
                : noneMeasured ? $"not among the {n} best-scored candidates (distance unknown, so none is nearest)"
                : dropped.DistanceKm is null ? $"not among the {n} nearest candidates (distance unknown)"
                : $"not among the {n} nearest candidates";
            FilteredOut.Add("limits.maxCandidates", reason, dropped.Location.Code);
        }
        Kept.RemoveRange(n, Kept.Count - n);
    }

    /// <summary>Nearer first; unknown after every known distance, and among unknowns the better score first.</summary>
    private static int CompareDistance(ScoredCandidate a, ScoredCandidate b) => (a.DistanceKm, b.DistanceKm) switch
    {
        ({ } x, { } y) => x.CompareTo(y),
        (null, null) => a.Score.CompareTo(b.Score),
        (null, _) => 1,
        _ => -1,
    };
}
