using FsCheck.Xunit;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>
/// On orders small enough to try every assignment, the optimiser's plan is as good as the best one: as many lines
/// (then units) served, then (when asked) as few shipments, then as low a score. This is what "one decision, not line by line" means.
/// </summary>
public sealed class OptimalityProperties
{
    private static readonly Location[] Network = [Dc, Ams, Hlm, Utr, Rtm, Mst];

    [Property(MaxTest = 400)]
    public void Small_orders_get_a_plan_as_good_as_trying_every_assignment(byte[] atps, byte[] lineBytes, byte options)
    {
        atps ??= [];
        // Distinct SKUs per line: with no two lines competing for one SKU, the search is exact. (Lines sharing a SKU
        // are fitted by trying three line orders, a heuristic: packing them optimally is a knapsack problem.)
        var lines = (lineBytes ?? []).Take(5).Select((b, i) => Ship($"S{i}", b % 3 + 1)).ToList();
        var stock = Network.SelectMany((l, i) => lines.Select((line, s) =>
            new StockAtLocation(l, line.Sku, atps.Length == 0 ? 0 : atps[(i * 5 + s) % atps.Length] % 4))).ToArray();
        var strict = (options & 1) != 0;
        var shipmentWeight = (options & 2) != 0 ? 40 : 0;
        int? maxShipments = (options >> 2 & 3) is var k and > 0 ? k : null;
        var rules = Rules(rankers: [new DistanceRanker(1), new ShipmentsRanker(shipmentWeight)],
            limits: new SourcingLimits(maxShipments: maxShipments), fewerShipmentsFirst: strict);

        var plan = SourcingOptimiser.Plan(Order([.. lines]), rules, stock, "DC");
        var best = BruteForce(lines, stock, strict, shipmentWeight, maxShipments ?? int.MaxValue);

        Assert.Equal(best.Unassigned, plan.Unassigned.Count);
        if (strict) Assert.Equal(best.Shipments, plan.Explanation.Shipments);
        Assert.Equal(best.Score, plan.Explanation.Score, tolerance: 0.01);
    }

    private static (int Unassigned, int Units, int Shipments, double Score) BruteForce(List<SourcingLine> lines, StockAtLocation[] stock,
        bool strict, double shipmentWeight, int maxShipments)
    {
        var options = lines.Select(l => stock.Where(s => s.Sku == l.Sku && s.AvailableToPromise >= l.Quantity).Select(s => s.Location).ToList()).ToList();
        var best = (Unassigned: int.MaxValue, Units: int.MaxValue, Shipments: int.MaxValue, Score: double.MaxValue);
        var choice = new Location?[lines.Count];

        void Try(int j)
        {
            if (j == lines.Count)
            {
                var used = choice.OfType<Location>().Select(l => l.Code).Distinct().Count();
                if (used > maxShipments) return;
                var unassigned = choice.Count(c => c is null);
                var units = lines.Where((_, i) => choice[i] is null).Sum(l => l.Quantity);
                var score = choice.OfType<Location>().Sum(l => Home.DistanceKmTo(l.Point)) + shipmentWeight * used;
                var candidate = (unassigned, units, used, score);
                if (Better(candidate, best, strict)) best = candidate;
                return;
            }
            choice[j] = null;
            Try(j + 1);
            foreach (var loc in options[j])
            {
                choice[j] = loc;
                Try(j + 1);
            }
        }

        Try(0);
        return best;
    }

    private static bool Better((int U, int Units, int S, double Score) a, (int U, int Units, int S, double Score) b, bool strict)
    {
        if (a.U != b.U) return a.U < b.U;
        if (a.Units != b.Units) return a.Units < b.Units;
        if (strict && a.S != b.S) return a.S < b.S;
        return a.Score < b.Score - 1e-9;
    }
}
