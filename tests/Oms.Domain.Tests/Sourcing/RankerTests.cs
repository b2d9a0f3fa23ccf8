using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>One test per ranker: it orders candidates the way its name says, and weights combine them.</summary>
public sealed class RankerTests
{
    private static readonly Dictionary<string, double> NoCodes = [];
    private static readonly Dictionary<LocationType, double> NoTypes = [];

    [Fact]
    public void Distance_ranker_prefers_the_nearest_location()
    {
        var plan = Plan(Rules(rankers: [new DistanceRanker(1)]), Order(Ship("A")), Stock((Mst, "A", 5), (Utr, "A", 5), (Hlm, "A", 5)));
        Assert.Equal("HLM", Chosen(plan));
        Assert.Equal(["HLM", "UTR", "MST"], plan.Explanation.Lines[0].Scores.Select(s => s.LocationCode));
    }

    [Fact]
    public void Shipping_cost_per_location_type_prefers_the_cheapest_type()
    {
        var costs = new LocationTable(NoCodes, new Dictionary<LocationType, double> { [LocationType.DistributionCenter] = 3, [LocationType.Store] = 8 });
        var plan = Plan(Rules(rankers: [new ShippingCostRanker(1, costs)]), Order(Ship("A")), Stock((Ams, "A", 5), (Dc, "A", 5)));
        Assert.Equal("DC", Chosen(plan));
    }

    [Fact]
    public void Shipping_cost_per_location_chooses_the_cheapest_drop_ship_partner()
    {
        var costs = new LocationTable(new Dictionary<string, double> { ["DROP-A"] = 6.5, ["DROP-B"] = 4.0 }, NoTypes, 10);
        var plan = Plan(Rules(rankers: [new ShippingCostRanker(1, costs), new DistanceRanker(0.001)]), Order(Ship("A")),
            Stock((DropA, "A", 5), (DropB, "A", 5), (Dc, "A", 5)));
        Assert.Equal("DROP-B", Chosen(plan));
    }

    [Fact]
    public void Delivery_days_chooses_the_fastest_partner()
    {
        var days = new LocationTable(new Dictionary<string, double> { ["DROP-A"] = 2, ["DROP-B"] = 5 }, NoTypes, 3);
        var plan = Plan(Rules(rankers: [new DeliveryDaysRanker(1, days)]), Order(Ship("A")), Stock((DropA, "A", 5), (DropB, "A", 5)));
        Assert.Equal("DROP-A", Chosen(plan));
    }

    [Fact]
    public void Priority_list_puts_listed_locations_first_in_order()
    {
        var rules = Rules(rankers: [new PriorityRanker(10_000, ["UTR", "HLM"]), new DistanceRanker(1)]);
        Assert.Equal("UTR", Chosen(Plan(rules, Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5), (Utr, "A", 5)))));
        Assert.Equal("HLM", Chosen(Plan(rules, Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5)))));
        Assert.Equal("AMS", Chosen(Plan(rules, Order(Ship("A")), Stock((Ams, "A", 5), (Mst, "A", 5)))));
    }

    [Fact]
    public void Shipments_ranker_trades_extra_shipments_against_distance()
    {
        // A: Amsterdam (0 km) or Haarlem (17 km); B: Haarlem (17 km) or Utrecht (35 km).
        var order = Order(Ship("A"), Ship("B"));
        var stock = Stock((Ams, "A", 5), (Hlm, "A", 5), (Hlm, "B", 5), (Utr, "B", 5));

        var byDistance = Plan(Rules(rankers: [new DistanceRanker(1)], fewerShipmentsFirst: false), order, stock);
        Assert.Equal(["AMS", "HLM"], byDistance.Locations);

        var consolidating = Plan(Rules(rankers: [new DistanceRanker(1), new ShipmentsRanker(100)], fewerShipmentsFirst: false), order, stock);
        Assert.Equal(["HLM"], consolidating.Locations);
    }

    [Fact]
    public void Scores_are_the_weighted_sum_of_the_rankers()
    {
        var costs = new LocationTable(NoCodes, NoTypes, 4);
        var plan = Plan(Rules(rankers: [new DistanceRanker(2), new ShippingCostRanker(10, costs)]), Order(Ship("A")), Stock((Hlm, "A", 5)));
        var score = plan.Explanation.Lines[0].Scores.Single();
        var distance = score.Rankers.Single(r => r.Ranker == "distance");
        Assert.Equal("km", distance.Unit);
        Assert.NotNull(distance.Value);
        Assert.Equal(distance.Value.Value * 2, distance.Points, tolerance: 0.01);
        Assert.Equal(40, score.Rankers.Single(r => r.Ranker == "shippingCost").Points);
        Assert.Equal(distance.Points + 40, score.Total, tolerance: 0.01);
    }
}
