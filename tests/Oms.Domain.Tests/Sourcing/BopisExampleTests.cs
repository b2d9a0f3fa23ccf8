using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>
/// The requirements' example: for buy-online-pick-up-in-store, offer only stores that hold at least 2 units, only the
/// 3 stores nearest to the customer, and never the smallest stores.
/// </summary>
public sealed class BopisExampleTests
{
    /// <summary>The requirement's rule, built from the model (reading it from a document is the server's: see its document tests).</summary>
    private static readonly SourcingRuleSet Bopis = new("bopis-nearest-stores",
        [new LocationTypeFilter([LocationType.Store]), new MinAvailableFilter(2), new SizeClassFilter([SizeClass.XS])],
        [new DistanceRanker(1)], new SourcingLimits(maxCandidates: 3, rankCandidatesBy: CandidateOrder.Distance), PickupSourcing.ChosenStoreOnly);

    /// <summary>Twelve stores in a ring 1..12 km from the customer, every third one extra small.</summary>
    private static readonly Location[] Ring = [.. Enumerable.Range(1, 12).Select(i => new Location($"S{i:00}", $"Store {i}", LocationType.Store,
        52.37 + i * 0.009 * Math.Cos(i), 4.89 + i * 0.0147 * Math.Sin(i), i % 3 == 0 ? SizeClass.XS : SizeClass.M, ShipAndPickup))];

    /// <summary>The stores the rule allows, computed independently of the engine.</summary>
    private static List<string> Allowed(GeoPoint customer, IEnumerable<StockAtLocation> stock)
        => [.. stock.Where(s => s.Location.Type == LocationType.Store && s.AvailableToPromise >= 2 && s.Location.SizeClass != SizeClass.XS)
            .OrderBy(s => customer.DistanceKmTo(s.Location.Point)).Take(3).Select(s => s.Location.Code)];

    private static StockAtLocation[] RandomStock(int seed)
    {
        var random = new Random(seed);
        return [.. Ring.Select(l => new StockAtLocation(l, "A", random.Next(0, 4))), new StockAtLocation(Dc, "A", 100)];
    }

    [Fact]
    public void The_stores_offered_are_the_three_nearest_holding_two_units_never_the_smallest()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var stock = RandomStock(seed);
            var offered = PickupStoreFinder.Find(Bopis, "web", Home, "A", 1, stock).Select(s => s.LocationCode).ToList();
            Assert.Equal(Allowed(Home, stock), offered);
        }
    }

    [Fact]
    public void Only_stores_that_hand_out_pickups_and_hold_the_quantity_are_offered()
    {
        var stock = Stock((Dc, "A", 50), (PickupOnly, "A", 3), (Ams, "A", 2), (Hlm, "A", 5), (CarrierPoint, "A", 9));
        var offered = PickupStoreFinder.Find(SourcingFixture.Rules(), "web", Home, "A", 3, stock);
        Assert.Equal(["KIOSK", "HLM"], offered.Select(s => s.LocationCode));
    }

    [Fact]
    public void The_plan_only_ever_picks_among_the_allowed_stores()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var stock = RandomStock(seed);
            var allowed = Allowed(Home, stock);
            var plan = SourcingOptimiser.Plan(Order(Ship("A"), Ship("A")), Bopis, stock, "DC");
            Assert.All(plan.Assignments, a => Assert.Contains(a.LocationCode, allowed));
            // Any allowed store holds the two units the order needs; the central DC never qualifies.
            Assert.Equal(allowed.Count == 0 ? 2 : 0, plan.Unassigned.Count);
        }
    }

    [Fact]
    public void A_pickup_at_a_store_the_rule_excludes_is_back_ordered_with_the_rule_named()
    {
        var stock = Stock((Tiny, "A", 5), (Hlm, "A", 1), (Ams, "A", 2));
        Assert.Equal("AMS", Chosen(SourcingOptimiser.Plan(Order(Pickup("AMS", "A")), Bopis, stock, "DC")));

        var small = SourcingOptimiser.Plan(Order(Pickup("TINY", "A")), Bopis, stock, "DC");
        Assert.Equal("filters[2] sizeClass", RemovedBy(small, "TINY"));
        var low = SourcingOptimiser.Plan(Order(Pickup("HLM", "A")), Bopis, stock, "DC");
        Assert.Equal("filters[1] minAvailable", RemovedBy(low, "HLM"));
    }
}
