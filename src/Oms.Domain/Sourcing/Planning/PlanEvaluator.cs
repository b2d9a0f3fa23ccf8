namespace Oms.Domain.Sourcing;

/// <summary>One part of a line's quantity at one location, by index into <see cref="PlanProblem"/>.</summary>
internal readonly record struct Part(int Line, int Loc, int Quantity, bool Transfer, double Score);

/// <summary>
/// Turns a set of allowed locations into a plan: each line, rigid lines first, takes its best allowed candidate
/// that still has the whole quantity; failing that, when splitting is allowed, the quantity from its allowed
/// candidates in order of score. Remaining available-to-promise is tracked per location and SKU across lines, and a
/// new location is opened only while the plan stays within the shipment limit. Allocation-free per evaluation:
/// working arrays are reset by bumping a stamp.
/// </summary>
internal sealed class PlanEvaluator(PlanProblem p)
{
    private readonly int[] remaining = new int[p.Atp.Length];
    private readonly int[] remainingStamp = new int[p.Atp.Length];
    private readonly int[] usedStamp = new int[p.Locations.Length];
    private readonly List<Part> tentative = [];
    private int stamp;
    private int usedCount;

    public int Evaluations { get; private set; }

    /// <param name="mask">The allowed pool locations, when <paramref name="all"/> is false.</param>
    /// <param name="all">Allow every candidate location (the line-by-line greedy plan).</param>
    /// <param name="fallbackToAll">A line the mask cannot serve may use any of its candidates.</param>
    /// <param name="parts">Receives the assignments when not null.</param>
    public PlanKey Evaluate(ulong mask, bool all, bool fallbackToAll = false, List<Part>? parts = null)
    {
        Evaluations++;
        if (p.LineOrders.Length == 1) return Evaluate(p.LineOrders[0], mask, all, fallbackToAll, parts);
        var (best, bestOrder) = (PlanKey.Worst, 0);
        for (var o = 0; o < p.LineOrders.Length; o++)
        {
            var key = Evaluate(p.LineOrders[o], mask, all, fallbackToAll, null);
            if (key.Beats(best, p.FewerShipmentsFirst)) (best, bestOrder) = (key, o);
        }
        if (parts is not null) Evaluate(p.LineOrders[bestOrder], mask, all, fallbackToAll, parts);
        return best;
    }

    private PlanKey Evaluate(int[] lineOrder, ulong mask, bool all, bool fallbackToAll, List<Part>? parts)
    {
        stamp++;
        usedCount = 0;
        int unassignedLines = 0, unassignedUnits = 0, transfers = 0;
        var score = 0.0;
        foreach (var j in lineOrder)
        {
            var served = all ? TryServe(j, p.All[j], 0, false) : TryServe(j, p.Pool[j], mask, true);
            if (!served && fallbackToAll && !all) served = TryServe(j, p.All[j], 0, false);
            if (!served)
            {
                unassignedLines++;
                unassignedUnits += p.LineQty[j];
                continue;
            }
            foreach (var part in tentative)
            {
                Commit(part);
                parts?.Add(part);
                if (part.Transfer) transfers++;
                score += part.Score;
            }
        }
        score += p.ShipmentWeight * usedCount;
        return new PlanKey(unassignedLines, unassignedUnits, transfers, usedCount, score);
    }

    /// <summary>Fills <see cref="tentative"/> with the parts that serve line <paramref name="j"/>, or returns false.</summary>
    private bool TryServe(int j, Cand[] cands, ulong mask, bool masked)
    {
        tentative.Clear();
        var need = p.LineQty[j];
        var sku = p.LineSku[j];
        foreach (var c in cands)
        {
            if (!Allowed(c, mask, masked) || !CanOpen(c.Loc, 0)) continue;
            if (Remaining(c.Loc, sku) >= need)
            {
                tentative.Add(new Part(j, c.Loc, need, c.Transfer, c.Score));
                return true;
            }
        }
        if (!p.AllowSplit) return false;

        var opened = 0;
        foreach (var c in cands)
        {
            if (!Allowed(c, mask, masked) || !CanOpen(c.Loc, opened)) continue;
            var take = Math.Min(need, Remaining(c.Loc, sku));
            if (take <= 0) continue;
            if (!IsUsed(c.Loc)) opened++;
            tentative.Add(new Part(j, c.Loc, take, c.Transfer, c.Score));
            need -= take;
            if (need == 0) return true;
        }
        tentative.Clear();
        return false;
    }

    private static bool Allowed(Cand c, ulong mask, bool masked) => !masked || (mask & (1UL << c.Loc)) != 0;

    private bool CanOpen(int loc, int alreadyOpened) => IsUsed(loc) || usedCount + alreadyOpened < p.MaxShipments;

    private bool IsUsed(int loc) => usedStamp[loc] == stamp;

    private int Remaining(int loc, int sku)
    {
        var i = loc * p.SkuCount + sku;
        return remainingStamp[i] == stamp ? remaining[i] : p.Atp[i];
    }

    private void Commit(Part part)
    {
        var i = part.Loc * p.SkuCount + p.LineSku[part.Line];
        remaining[i] = Remaining(part.Loc, p.LineSku[part.Line]) - part.Quantity;
        remainingStamp[i] = stamp;
        if (!IsUsed(part.Loc))
        {
            usedStamp[part.Loc] = stamp;
            usedCount++;
        }
    }
}
