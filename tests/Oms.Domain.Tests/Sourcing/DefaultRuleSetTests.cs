using FsCheck.Xunit;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>The default rule set does what the foundation's fixed rule did, so switching over changes no decision.</summary>
public sealed class DefaultRuleSetTests
{
    private static SourcingPlan PlanDefault(SourcingRequest order, params StockAtLocation[] stock)
        => SourcingOptimiser.Plan(order, SourcingRuleSet.Default, stock, "DC");

    [Fact]
    public void Default_ships_from_the_central_dc_when_it_holds_the_quantity()
        => Assert.Equal("DC", Chosen(PlanDefault(Order(Ship("A", 2)), Stock((Ams, "A", 5), (Dc, "A", 2)))));

    [Fact]
    public void Default_ships_from_the_nearest_location_when_the_central_dc_cannot()
        => Assert.Equal("AMS", Chosen(PlanDefault(Order(Ship("A", 2)), Stock((Dc, "A", 1), (Mst, "A", 5), (Ams, "A", 2)))));

    [Fact]
    public void Default_serves_pickup_from_the_chosen_store_only()
    {
        Assert.Equal("AMS", Chosen(PlanDefault(Order(Pickup("AMS", "A")), Stock((Dc, "A", 50), (Ams, "A", 1), (Mst, "A", 5)))));
        Assert.Single(PlanDefault(Order(Pickup("AMS", "A", 2)), Stock((Dc, "A", 50), (Ams, "A", 1))).Unassigned);
    }

    [Fact]
    public void Default_prefers_one_parcel_over_the_central_DC_when_that_would_mean_two()
    {
        var plan = PlanDefault(Order(Ship("A"), Ship("B")), Stock((Dc, "A", 5), (Ams, "B", 5), (Rtm, "A", 5), (Rtm, "B", 5)));
        Assert.Equal(["RTM", "RTM"], plan.Assignments.Select(a => a.LocationCode));
    }

    [Fact]
    public void Default_keeps_the_central_DC_when_it_can_ship_everything()
    {
        var plan = PlanDefault(Order(Ship("A"), Ship("B")), Stock((Dc, "A", 5), (Dc, "B", 5), (Rtm, "A", 5), (Rtm, "B", 5)));
        Assert.Equal(["DC", "DC"], plan.Assignments.Select(a => a.LocationCode));
    }

    /// <summary>For any single line and stock, the default rule set picks the fixed rule's first choice (or back-orders when it had none).</summary>
    [Property(MaxTest = 300)]
    public bool Default_agrees_with_the_fixed_rule_for_any_single_line(byte[] atps, byte quantity, bool pickup)
    {
        Location[] network = [Dc, Ams, Tiny, Hlm, Utr, Rtm, Mst, PickupOnly, ThirdParty, CarrierPoint];
        var stock = network.Select((l, i) => new StockAtLocation(l, "A", i < (atps?.Length ?? 0) ? atps![i] % 6 : 0)).ToArray();
        var qty = quantity % 4 + 1;
        var spec = pickup ? OrderBuilder.Pickup("AMS", "A", qty) : OrderBuilder.Ship("A", qty);
        var line = OrderBuilder.Capture(spec).Lines[0];

        var expected = SimpleSourcing.Rank(line, OrderBuilder.Home.Point, "DC", [.. stock.Select(s => new SourcingCandidate(s.Location, s.AvailableToPromise))]);
        var request = new SourcingRequest("web", OrderBuilder.Home.Point, [new SourcingLine(line.Id, "A", qty, line.DeliveryMethod, line.PickupLocationCode)]);
        var plan = SourcingOptimiser.Plan(request, SourcingRuleSet.Default, stock, "DC");
        return Chosen(plan) == (expected.Count > 0 ? expected[0].LocationCode : null);
    }
}
