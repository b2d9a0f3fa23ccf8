using Oms.Domain.Network;

namespace Oms.Domain.Sourcing;

/// <summary>A candidate as the search sees it: a location index, its score for the line, and whether it is a transfer.</summary>
internal readonly record struct Cand(int Loc, double Score, bool Transfer);

/// <summary>
/// The order's candidates as arrays for the search. Locations are numbered so that the search pool (the few
/// locations worth combining) comes first: pool members are indices 0..PoolSize-1 and fit in a 64-bit set.
/// </summary>
internal sealed class PlanProblem
{
    /// <summary>Locations that serve the most lines are always in the pool: one of them may ship the whole order.</summary>
    private const int CoverageSeats = 16;
    public const int MaxPool = 40;

    public PlanProblem(IReadOnlyList<LineCandidates> lines, SourcingRuleSet rules)
    {
        LineCount = lines.Count;
        var shipments = rules.Rankers.OfType<ShipmentsRanker>().Sum(r => r.Weight);
        ShipmentWeight = shipments;
        FewerShipmentsFirst = rules.FewerShipmentsFirst;
        AllowSplit = rules.Limits.AllowLineSplit;
        MaxShipments = rules.Limits.MaxShipments ?? int.MaxValue;

        var skus = new Dictionary<string, int>(StringComparer.Ordinal);
        LineSku = [.. lines.Select(l => skus.TryGetValue(l.Line.Sku, out var s) ? s : skus[l.Line.Sku] = skus.Count)];
        SkuCount = skus.Count;
        LineQty = [.. lines.Select(l => l.Line.Quantity)];

        // Number locations: pool first, then the rest in order of appearance.
        var order = ChoosePool(lines, out var poolSize);
        PoolSize = poolSize;
        Locations = [.. order];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Locations.Length; i++) index[Locations[i].Code] = i;

        Atp = new int[Locations.Length * SkuCount];
        All = new Cand[LineCount][];
        Pool = new Cand[LineCount][];
        MinScore = new double[LineCount];
        PoolLineMask = new ulong[PoolSize];
        for (var j = 0; j < LineCount; j++)
        {
            var kept = lines[j].Kept;
            All[j] = [.. kept.Select(c => new Cand(index[c.Location.Code], c.Score, c.Transfer))];
            Pool[j] = [.. All[j].Where(c => c.Loc < PoolSize)];
            MinScore[j] = kept.Count > 0 ? kept.Min(c => c.Score) : 0;
            foreach (var c in kept) Atp[index[c.Location.Code] * SkuCount + LineSku[j]] = c.Available;
            if (LineCount <= 64)
                foreach (var c in Pool[j]) PoolLineMask[c.Loc] |= 1UL << j;
        }
        // Lines with the fewest options choose first, so a flexible line does not take the only stock a rigid one could use.
        // When lines share a SKU they compete for its stock, and no single order suits every case: the small lines
        // first may fit together at the best location, the large ones first may be the only way to place them. Try both.
        int[] rigidFirst = [.. Enumerable.Range(0, LineCount).OrderBy(j => All[j].Length).ThenBy(j => j)];
        LineOrders = LineSku.Distinct().Count() == LineCount
            ? [rigidFirst]
            : [rigidFirst, [.. rigidFirst.OrderBy(j => LineQty[j])], [.. rigidFirst.OrderByDescending(j => LineQty[j])]];
        MinTransfers = Enumerable.Range(0, LineCount).Count(j => All[j].Length > 0 && All[j].All(c => c.Transfer));
    }

    public int LineCount { get; }
    public int SkuCount { get; }
    public int PoolSize { get; }
    public Location[] Locations { get; }
    public int[] LineSku { get; }
    public int[] LineQty { get; }
    /// <summary>Each line's candidates, best first.</summary>
    public Cand[][] All { get; }
    /// <summary>Each line's candidates within the pool, best first.</summary>
    public Cand[][] Pool { get; }
    /// <summary>Available-to-promise before this order, at [location * SkuCount + sku].</summary>
    public int[] Atp { get; }
    /// <summary>For each pool location, the lines it can serve (at least partly), as bits; only when the order has at most 64 lines.</summary>
    public ulong[] PoolLineMask { get; }
    /// <summary>The orders in which lines take stock; each plan is evaluated in each and the best kept.</summary>
    public int[][] LineOrders { get; }
    public double[] MinScore { get; }
    /// <summary>Lines that can only be served by a transfer: no plan has fewer transfers than this.</summary>
    public int MinTransfers { get; }
    public double ShipmentWeight { get; }
    public bool FewerShipmentsFirst { get; }
    public bool AllowSplit { get; }
    public int MaxShipments { get; }

    private static List<Location> ChoosePool(IReadOnlyList<LineCandidates> lines, out int poolSize)
    {
        var coverage = new Dictionary<string, (Location Loc, int Lines, int BestRank)>(StringComparer.Ordinal);
        var appearance = new List<Location>();
        foreach (var line in lines)
            for (var r = 0; r < line.Kept.Count; r++)
            {
                var loc = line.Kept[r].Location;
                if (coverage.TryGetValue(loc.Code, out var e)) coverage[loc.Code] = (loc, e.Lines + 1, Math.Min(e.BestRank, r));
                else { coverage[loc.Code] = (loc, 1, r); appearance.Add(loc); }
            }

        var pool = new List<Location>();
        var inPool = new HashSet<string>(StringComparer.Ordinal);
        void Take(Location l) { if (pool.Count < MaxPool && inPool.Add(l.Code)) pool.Add(l); }

        foreach (var e in coverage.Values.Where(e => e.Lines > 1).OrderByDescending(e => e.Lines).ThenBy(e => e.BestRank)
                     .ThenBy(e => e.Loc.Code, StringComparer.Ordinal).Take(CoverageSeats))
            Take(e.Loc);
        // Then each line's best candidates, round-robin, so that every line is represented.
        for (var rank = 0; pool.Count < MaxPool && lines.Any(l => rank < l.Kept.Count); rank++)
            foreach (var line in lines)
                if (rank < line.Kept.Count) Take(line.Kept[rank].Location);

        poolSize = pool.Count;
        pool.Sort((a, b) =>
        {
            var (ea, eb) = (coverage[a.Code], coverage[b.Code]);
            var c = eb.Lines.CompareTo(ea.Lines);
            if (c == 0) c = ea.BestRank.CompareTo(eb.BestRank);
            return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
        });
        return [.. pool, .. appearance.Where(l => !inPool.Contains(l.Code))];
    }
}
