using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>
/// Where the customer's point is unknown, distances are unknown: not 0, not measured from the central DC. The distance
/// ranker is neutral, "nearest N" is not won by an unknown, a maximum distance does not let it pass, and the
/// explanation says so and why.
/// </summary>
public sealed class UnknownDistanceTests
{
    private const string Why = "the customer's address has no coordinates and postal code 9999 ZZ is not in the NL postal-code table";

    private static SourcingRequest Unplaced(params SourcingLine[] lines) => new("web", null, lines) { DestinationNote = Why };

    [Fact]
    public void The_central_dc_is_not_zero_km_from_a_customer_whose_point_is_unknown()
    {
        var plan = Plan(Rules(), Unplaced(Ship("A")), Stock((Dc, "A", 5), (Ams, "A", 5)));

        var line = plan.Explanation.Lines[0];
        Assert.Equal($"distance unknown: {Why}", line.Destination);
        Assert.All(line.Scores, s => Assert.Null(s.Rankers.Single(r => r.Ranker == "distance").Value));
        Assert.All(line.Scores, s => Assert.Equal(0, s.Total));
        // Neutral: nothing is nearer, so the tie falls to the location code, and the reason says why.
        Assert.Equal("AMS", Chosen(plan));
        Assert.Contains("distance unknown", plan.Assignments[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_says_which_lines_have_no_distance_and_why()
    {
        var plan = Plan(Rules(), Unplaced(Ship("A"), Pickup("AMS", "A")), Stock((Ams, "A", 5)));

        Assert.Contains($"distance unknown for 1 line(s): {Why}", plan.Explanation.Summary, StringComparison.Ordinal);
        Assert.Equal("pickup location AMS", plan.Explanation.Lines[1].Destination);
    }

    [Fact]
    public void Nearest_N_keeps_the_best_scored_when_no_distance_is_known_and_says_so()
    {
        var rules = Rules(rankers: [new DistanceRanker(1), new PriorityRanker(10, ["MST"])],
            limits: new SourcingLimits(maxCandidates: 1, rankCandidatesBy: CandidateOrder.Distance));

        var plan = Plan(rules, Unplaced(Ship("A")), Stock((Dc, "A", 5), (Ams, "A", 5), (Mst, "A", 5)));

        Assert.Equal("MST", Chosen(plan));
        var dropped = plan.Explanation.Lines[0].FilteredOut.Single(g => g.Rule == "limits.maxCandidates");
        Assert.Equal(["AMS", "DC"], dropped.Locations);
        Assert.Contains("distance unknown", dropped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_known_point_nearest_N_still_keeps_the_nearest()
    {
        var rules = Rules(rankers: [new PriorityRanker(10, ["MST"])], limits: new SourcingLimits(1, CandidateOrder.Distance));
        var plan = Plan(rules, Order(Ship("A")), Stock((Dc, "A", 5), (Ams, "A", 5), (Mst, "A", 5)));
        Assert.Equal("AMS", Chosen(plan));
    }

    [Fact]
    public void A_maximum_distance_does_not_let_an_unknown_distance_pass()
    {
        var plan = Plan(Rules([new MaxDistanceFilter(50)]), Unplaced(Ship("A")), Stock((Ams, "A", 5), (Dc, "A", 5)));

        Assert.Empty(plan.Assignments);
        var group = Assert.Single(plan.Explanation.Lines[0].FilteredOut);
        Assert.Equal("filters[0] maxDistance", group.Rule);
        Assert.StartsWith("distance unknown", group.Reason, StringComparison.Ordinal);
        Assert.Contains("maxDistance", plan.Explanation.Lines[0].Decision, StringComparison.Ordinal);
        Assert.EndsWith($"; distance unknown: {Why}", plan.Explanation.Lines[0].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_its_own_address_without_coordinates_is_not_measured_to_the_orders_address()
    {
        // The order goes to Maastricht; the line to an address of its own that could not be placed.
        var own = Ship("A") with { DestinationNote = "the line's own address has no coordinates" };
        var plan = Plan(Rules(), new SourcingRequest("web", Mst.Point, [own]), Stock((Ams, "A", 5), (Mst, "A", 5)));

        Assert.Equal("distance unknown: the line's own address has no coordinates", plan.Explanation.Lines[0].Destination);
        Assert.Equal("AMS", Chosen(plan));
    }

    [Fact]
    public void An_order_placed_by_its_postal_code_is_measured_from_there_and_says_so()
    {
        var table = new PostalCodeTable("NL", [new("NL", "1012", 52.3735, 4.8951, "Amsterdam")]);
        var order = OrderBuilder.Capture(OrderBuilder.Ship("A"));
        var unplaced = new Address("Anna", "Damrak 1", null, "1012 LG", "Amsterdam", "NL");
        order.ChangeShippingAddress(unplaced, OrderBuilder.Now, OrderBuilder.Agent);
        order.GeocodeAddresses(table.Geocode, OrderBuilder.Now);

        var plan = Plan(Rules(), SourcingRequests.ForOrder(order, order.Lines), Stock((Ams, "A", 5), (Mst, "A", 5), (Dc, "A", 5)));

        Assert.Equal("AMS", Chosen(plan));
        Assert.Equal("the customer's address, placed at the centre of postal-code NL 1012", plan.Explanation.Lines[0].Destination);
        Assert.DoesNotContain("distance unknown", plan.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_whose_postal_code_is_unknown_explains_it_by_its_postal_code()
    {
        var order = OrderBuilder.Capture(OrderBuilder.Ship("A"));
        var unplaced = new Address("Anna", "Damrak 1", null, "9999 ZZ", "Nowhere", "NL");
        order.ChangeShippingAddress(unplaced, OrderBuilder.Now, OrderBuilder.Agent);

        var plan = Plan(Rules(), SourcingRequests.ForOrder(order, order.Lines), Stock((Ams, "A", 5)));

        Assert.Contains($"distance unknown for 1 line(s): {Why}", plan.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixed_rule_does_not_measure_from_the_central_dc_either()
    {
        var line = OrderBuilder.Capture(OrderBuilder.Ship("A")).Lines[0];
        var ranked = SimpleSourcing.Rank(line, null, "DC", [new(Dc, 0), new(Utr, 5), new(Ams, 5)]);
        Assert.Equal(["AMS", "UTR"], ranked.Select(r => r.LocationCode));
    }
}
