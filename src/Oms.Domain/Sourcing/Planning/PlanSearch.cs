using System.Globalization;
using System.Numerics;

namespace Oms.Domain.Sourcing;

/// <summary>The plan the search settled on, as parts by index, with how it was found.</summary>
/// <param name="LineByLine">The plan each line taking its best candidate in turn would have given, for the explanation.</param>
internal sealed record SearchResult(PlanKey Key, IReadOnlyList<Part> Parts, string Description, PlanKey LineByLine);

/// <summary>
/// Finds the best plan in one decision for the whole order. Starts from two greedy plans (each line its best
/// location; then locations added one by one, most useful first), then searches combinations of 1, 2, … pool
/// locations up to the shipment limit, skipping combinations that cannot serve every servable line, and stops when
/// no larger combination can win or the budget is spent. The greedy plans guarantee an answer within the budget.
/// </summary>
internal sealed class PlanSearch
{
    /// <summary>Plans evaluated at most; with 20 lines one evaluation is about a microsecond.</summary>
    public const int EvaluationBudget = 20_000;
    private const int NodeBudget = 200_000;

    private readonly PlanProblem p;
    private readonly PlanEvaluator eval;
    private readonly ulong target;
    private readonly int[] maxCoverFrom;
    private PlanKey bestKey;
    private ulong bestMask;
    private bool bestIsAll = true;
    private int nodes;
    private bool aborted;

    private PlanSearch(PlanProblem problem)
    {
        p = problem;
        eval = new PlanEvaluator(p);
        maxCoverFrom = new int[p.PoolSize + 1];
        for (var i = p.PoolSize - 1; i >= 0; i--)
        {
            target |= p.PoolLineMask[i];
            maxCoverFrom[i] = Math.Max(maxCoverFrom[i + 1], BitOperations.PopCount(p.PoolLineMask[i]));
        }
    }

    public static SearchResult Run(PlanProblem problem) => new PlanSearch(problem).Run();

    private SearchResult Run()
    {
        bestKey = eval.Evaluate(0, all: true);
        var lineByLine = bestKey;
        string description;
        if (p.PoolSize == 0 || p.LineCount > 64)
            description = p.LineCount > 64 ? "line by line (orders of more than 64 lines are not searched)" : "no candidates";
        else if (CannotImprove(1))
            description = "line by line: every line got its best candidate, which no combination can beat";
        else
        {
            GrowGreedily();
            var largest = 0;
            var limit = Math.Min(p.MaxShipments, p.PoolSize);
            for (var k = 1; k <= limit && !aborted && !CannotImprove(k); k++)
            {
                Enumerate(0, 0, k, 0, 0);
                if (!aborted) largest = k;
            }
            description = aborted
                ? Invariant($"search budget reached at combinations of {largest + 1} locations; kept the best of {eval.Evaluations} plans evaluated among the {p.PoolSize} most promising locations")
                : Invariant($"searched combinations of up to {Math.Max(largest, 1)} of the {p.PoolSize} most promising locations ({eval.Evaluations} plans evaluated)");
        }

        var parts = new List<Part>();
        if (!bestIsAll)
        {
            // A line whose pooled candidates ran dry may still be served from the rest of its candidates.
            var withFallback = eval.Evaluate(bestMask, all: false, fallbackToAll: true);
            eval.Evaluate(bestMask, all: false, fallbackToAll: withFallback.Beats(bestKey, p.FewerShipmentsFirst), parts);
            bestKey = withFallback.Beats(bestKey, p.FewerShipmentsFirst) ? withFallback : bestKey;
        }
        else eval.Evaluate(0, all: true, parts: parts);
        return new SearchResult(bestKey, parts, description, lineByLine);
    }

    /// <summary>Adds, one at a time, the pool location that improves the plan most, up to the shipment limit.</summary>
    private void GrowGreedily()
    {
        var set = 0UL;
        var current = PlanKey.Worst;
        for (var step = 0; step < Math.Min(p.MaxShipments, p.PoolSize); step++)
        {
            var (stepKey, stepLoc) = (PlanKey.Worst, -1);
            for (var i = 0; i < p.PoolSize; i++)
            {
                if ((set & (1UL << i)) != 0) continue;
                var key = eval.Evaluate(set | (1UL << i), all: false);
                if (key.Beats(stepKey, p.FewerShipmentsFirst)) (stepKey, stepLoc) = (key, i);
            }
            if (stepLoc < 0 || !stepKey.Beats(current, p.FewerShipmentsFirst)) return;
            set |= 1UL << stepLoc;
            current = stepKey;
            Consider(set, stepKey);
        }
    }

    private void Enumerate(int start, int depth, int k, ulong set, ulong union)
    {
        if (depth == k)
        {
            if (!IsComplete(bestKey) || union == target) Consider(set, eval.Evaluate(set, all: false));
            return;
        }
        for (var i = start; i <= p.PoolSize - (k - depth); i++)
        {
            if (++nodes > NodeBudget || eval.Evaluations >= EvaluationBudget)
            {
                aborted = true;
                return;
            }
            var u = union | p.PoolLineMask[i];
            // Once some plan serves every servable line, a combination that cannot is not worth evaluating.
            if (IsComplete(bestKey) && BitOperations.PopCount(target & ~u) > (k - depth - 1) * maxCoverFrom[i + 1]) continue;
            Enumerate(i + 1, depth + 1, k, set | (1UL << i), u);
            if (aborted) return;
        }
    }

    private void Consider(ulong set, PlanKey key)
    {
        if (!key.Beats(bestKey, p.FewerShipmentsFirst)) return;
        (bestKey, bestMask, bestIsAll) = (key, set, false);
    }

    private bool IsComplete(PlanKey key) => key.UnassignedLines <= p.LineCount - BitOperations.PopCount(target);

    /// <summary>True when no combination of <paramref name="k"/> or more locations can beat the best plan.</summary>
    private bool CannotImprove(int k)
    {
        if (!IsComplete(bestKey) || bestKey.Transfers > p.MinTransfers) return false;
        if (p.FewerShipmentsFirst) return bestKey.Shipments < k;
        var lowerBound = p.MinScore.Sum() + p.ShipmentWeight * k;
        return bestKey.Score <= lowerBound + 1e-9 * Math.Max(1, Math.Abs(lowerBound));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
