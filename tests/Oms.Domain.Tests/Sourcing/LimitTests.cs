using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>One test per limit: candidate count, shipments per order, and splitting a line.</summary>
public sealed class LimitTests
{
    [Fact]
    public void Max_candidates_by_distance_keeps_only_the_nearest()
    {
        // Priority would pick Utrecht, but only the two nearest candidates survive.
        var rules = Rules(rankers: [new PriorityRanker(1000, ["UTR"]), new DistanceRanker(1)],
            limits: new SourcingLimits(maxCandidates: 2, rankCandidatesBy: CandidateOrder.Distance));
        var plan = Plan(rules, Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5), (Utr, "A", 5)));
        Assert.Equal("AMS", Chosen(plan));
        Assert.Equal("limits.maxCandidates", RemovedBy(plan, "UTR"));
        Assert.Equal(2, plan.Explanation.Lines[0].CandidatesScored);
    }

    [Fact]
    public void Max_candidates_by_score_keeps_the_best_scored()
    {
        var rules = Rules(rankers: [new PriorityRanker(1000, ["UTR", "MST"]), new DistanceRanker(1)], limits: new SourcingLimits(maxCandidates: 1));
        var plan = Plan(rules, Order(Ship("A")), Stock((Ams, "A", 5), (Mst, "A", 5), (Utr, "A", 5)));
        Assert.Equal("UTR", Chosen(plan));
        Assert.Equal(2, plan.Explanation.Lines[0].FilteredOut.Single(g => g.Rule == "limits.maxCandidates").Count);
    }

    [Fact]
    public void Max_shipments_back_orders_what_the_allowed_shipments_cannot_carry()
    {
        var order = Order(Ship("A"), Ship("B"));
        var plan = Plan(Rules(limits: new SourcingLimits(maxShipments: 1)), order, Stock((Ams, "A", 5), (Hlm, "B", 5)));
        Assert.Single(plan.Assignments);
        Assert.Single(plan.Unassigned);
        Assert.Contains("at most 1 shipment", plan.Explanation.Lines.Single(l => l.Chosen.Count == 0).Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_shipments_sends_the_order_from_one_location_when_one_can_carry_it_all()
    {
        var order = Order(Ship("A"), Ship("B"));
        var plan = Plan(Rules(limits: new SourcingLimits(maxShipments: 1), fewerShipmentsFirst: false), order,
            Stock((Ams, "A", 5), (Hlm, "B", 5), (Mst, "A", 5), (Mst, "B", 5)));
        Assert.Equal(["MST"], plan.Locations);
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void Without_line_split_a_line_comes_whole_from_one_location_or_not_at_all()
    {
        var plan = Plan(Rules(), Order(Ship("A", 5)), Stock((Ams, "A", 3), (Hlm, "A", 3)));
        Assert.Empty(plan.Assignments);
        Assert.Single(plan.Unassigned);
        Assert.Equal("limits.allowLineSplit", RemovedBy(plan, "AMS"));
    }

    [Fact]
    public void With_line_split_a_line_is_filled_from_several_locations_best_first()
    {
        var line = Ship("A", 5);
        var plan = Plan(Rules(limits: new SourcingLimits(allowLineSplit: true)), Order(line), Stock((Ams, "A", 3), (Hlm, "A", 3), (Mst, "A", 4)));
        Assert.Equal([("AMS", 3), ("HLM", 2)], plan.Assignments.Select(a => (a.LocationCode, a.Quantity)));
        Assert.All(plan.Assignments, a => Assert.Equal(line.LineId, a.LineId));
        Assert.StartsWith("split over AMS (3), HLM (2)", plan.Assignments[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_is_not_split_when_one_location_holds_it_all()
    {
        var plan = Plan(Rules(limits: new SourcingLimits(allowLineSplit: true)), Order(Ship("A", 5)), Stock((Ams, "A", 3), (Mst, "A", 9)));
        Assert.Equal([("MST", 5)], plan.Assignments.Select(a => (a.LocationCode, a.Quantity)));
    }

    [Fact]
    public void Splitting_stays_within_the_shipment_limit()
    {
        var plan = Plan(Rules(limits: new SourcingLimits(maxShipments: 2, allowLineSplit: true)), Order(Ship("A", 6)),
            Stock((Ams, "A", 2), (Hlm, "A", 2), (Utr, "A", 2)));
        Assert.Empty(plan.Assignments);
        Assert.Single(plan.Unassigned);
    }
}
