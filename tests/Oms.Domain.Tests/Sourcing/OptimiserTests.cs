using System.Text.Json;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>The optimiser decides for the whole order at once and keeps to available-to-promise.</summary>
public sealed class OptimiserTests
{
    [Fact]
    public void The_whole_order_is_decided_at_once_to_save_a_shipment()
    {
        // Line by line, A would go to Amsterdam (nearest) and B to Rotterdam; one shipment from Rotterdam serves both.
        var plan = Plan(Rules(), Order(Ship("A"), Ship("B")), Stock((Ams, "A", 5), (Rtm, "A", 5), (Rtm, "B", 5)));
        Assert.Equal(["RTM"], plan.Locations);
        Assert.Equal(1, plan.Explanation.Shipments);
        Assert.Contains("ships together with other lines", plan.Assignments[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line by line it would have been 2 shipment(s)", plan.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_of_one_sku_share_the_location_available_to_promise()
    {
        var plan = Plan(Rules(), Order(Ship("A", 2), Ship("A", 2)), Stock((Ams, "A", 3), (Hlm, "A", 5)));
        Assert.Equal(["HLM"], plan.Locations);
        Assert.Equal(4, plan.Assignments.Sum(a => a.Quantity));
    }

    [Fact]
    public void Small_lines_of_one_sku_are_fitted_together_at_the_best_location()
    {
        // Three units at Amsterdam and three at Haarlem: the two single units share Amsterdam, the three go to Haarlem.
        var big = Ship("A", 3);
        var plan = Plan(Rules(fewerShipmentsFirst: false), Order(big, Ship("A"), Ship("A")), Stock((Ams, "A", 3), (Hlm, "A", 3)));
        Assert.Empty(plan.Unassigned);
        Assert.Equal("HLM", plan.Assignments.Single(a => a.LineId == big.LineId).LocationCode);
        Assert.Equal(2, plan.Assignments.Count(a => a.LocationCode == "AMS"));
    }

    [Fact]
    public void A_line_with_one_option_keeps_the_stock_it_needs()
    {
        // The pickup line can only use Amsterdam; the parcel line could use Amsterdam or Haarlem.
        var parcel = Ship("A", 2);
        var pickup = Pickup("AMS", "A", 2);
        var plan = Plan(Rules(), Order(parcel, pickup), Stock((Ams, "A", 2), (Hlm, "A", 2)));
        Assert.Empty(plan.Unassigned);
        Assert.Equal("HLM", plan.Assignments.Single(a => a.LineId == parcel.LineId).LocationCode);
        Assert.Equal("AMS", plan.Assignments.Single(a => a.LineId == pickup.LineId).LocationCode);
    }

    [Fact]
    public void A_line_nothing_can_serve_is_unassigned_with_the_reason()
    {
        var missing = Ship("NOPE");
        var plan = Plan(Rules(), Order(Ship("A"), missing), Stock((Ams, "A", 5)));
        Assert.Equal([missing.LineId], plan.Unassigned);
        Assert.Equal("back-ordered: no location has a stock record for NOPE", plan.Explanation.Lines[1].Decision);
    }

    [Fact]
    public void Carry_out_lines_are_never_planned()
    {
        var carry = new SourcingLine(Guid.NewGuid(), "A", 1, DeliveryMethod.CarryOut, null);
        var plan = Plan(Rules(), Order(carry, Ship("A")), Stock((Ams, "A", 5)));
        Assert.DoesNotContain(plan.Assignments, a => a.LineId == carry.LineId);
        Assert.Empty(plan.Unassigned);
        Assert.StartsWith("not sourced", plan.Explanation.Lines[0].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Pickup_from_the_chosen_store_only_back_orders_when_the_store_lacks_stock()
    {
        var rules = Rules(pickup: PickupSourcing.ChosenStoreOnly);
        Assert.Equal("AMS", Chosen(Plan(rules, Order(Pickup("AMS", "A")), Stock((Ams, "A", 1), (Dc, "A", 50)))));
        var plan = Plan(rules, Order(Pickup("AMS", "A", 2)), Stock((Ams, "A", 1), (Dc, "A", 50)));
        Assert.Single(plan.Unassigned);
        Assert.Equal("pickupSourcing", RemovedBy(plan, "DC"));
    }

    [Fact]
    public void Pickup_with_transfer_ships_to_the_chosen_store_when_it_lacks_stock()
    {
        var plan = Plan(Rules(pickup: PickupSourcing.ChosenStoreThenTransfer), Order(Pickup("AMS", "A", 2)), Stock((Ams, "A", 1), (Dc, "A", 50)));
        var a = Assert.Single(plan.Assignments);
        Assert.Equal(("DC", "AMS"), (a.LocationCode, a.TransferTo));
        Assert.Contains("transfer to AMS", a.Reason, StringComparison.Ordinal);
        Assert.Contains("transfer to AMS", plan.Explanation.Lines[0].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Pickup_with_transfer_uses_the_store_own_stock_before_saving_a_shipment()
    {
        var rules = Rules(pickup: PickupSourcing.ChosenStoreThenTransfer, fewerShipmentsFirst: true);
        var plan = Plan(rules, Order(Ship("B"), Pickup("AMS", "A")), Stock((Ams, "A", 1), (Dc, "A", 50), (Dc, "B", 50)));
        Assert.Equal(["DC", "AMS"], plan.Assignments.Select(a => a.LocationCode));
        Assert.All(plan.Assignments, a => Assert.Null(a.TransferTo));
    }

    [Fact]
    public void Pickup_distances_are_measured_to_the_chosen_store()
    {
        var order = new SourcingRequest("web", null, [Pickup("MST", "A")]) { Locations = [Mst] };
        var plan = Plan(Rules(pickup: PickupSourcing.ChosenStoreThenTransfer), order, Stock((Dc, "A", 5), (ThirdParty, "A", 5)));
        Assert.Equal(("3PL", "MST"), (plan.Assignments[0].LocationCode, plan.Assignments[0].TransferTo));
        Assert.Equal("pickup location MST", plan.Explanation.Lines[0].Destination);
    }

    [Fact]
    public void A_carrier_point_line_ships_to_the_point_and_never_from_it()
    {
        var line = new SourcingLine(Guid.NewGuid(), "A", 1, DeliveryMethod.CarrierPickupPoint, "PUP");
        var plan = Plan(Rules(), new SourcingRequest("web", null, [line]) { Locations = [CarrierPoint] }, Stock((CarrierPoint, "A", 5), (Hlm, "A", 5), (Mst, "A", 5)));
        Assert.Equal("HLM", Chosen(plan));
    }

    [Fact]
    public void A_line_may_name_its_own_destination()
    {
        var toMaastricht = Ship("A") with { Destination = Mst.Point };
        Assert.Equal("MST", Chosen(Plan(Rules(), Order(toMaastricht), Stock((Ams, "A", 5), (Mst, "A", 5)))));
    }

    [Fact]
    public void The_explanation_round_trips_through_system_text_json()
    {
        var plan = Plan(Rules([new SizeClassFilter([Network.SizeClass.XS])]), Order(Ship("A"), Pickup("AMS", "B")),
            Stock((Ams, "A", 5), (Tiny, "A", 5), (Ams, "B", 1)));
        var json = JsonSerializer.Serialize(plan.Explanation);
        var back = JsonSerializer.Deserialize<SourcingExplanation>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal("test", back.RuleSet);
        Assert.Equal(2, back.Lines.Count);
    }

    [Fact]
    public void Invalid_requests_are_refused_with_field_errors()
    {
        var ex = Assert.Throws<Common.BusinessRuleException>(() => Plan(Rules(), Order(Ship("A", 0), Pickup("", "A") with { PickupLocation = null })));
        Assert.Contains("lines[0].quantity", ex.Errors.Keys);
        Assert.Contains("lines[1].pickupLocation", ex.Errors.Keys);
    }
}
