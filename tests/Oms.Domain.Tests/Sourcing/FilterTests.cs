using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.Sourcing.SourcingFixture;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>One test per filter: the filter removes what it says, and the explanation names it.</summary>
public sealed class FilterTests
{
    [Fact]
    public void Location_type_include_keeps_only_the_listed_types()
    {
        var plan = Plan(Rules([new LocationTypeFilter([LocationType.DistributionCenter])]), Order(Ship("A")), Stock((Ams, "A", 5), (Dc, "A", 5)));
        Assert.Equal("DC", Chosen(plan));
        Assert.Equal("filters[0] locationType", RemovedBy(plan, "AMS"));
    }

    [Fact]
    public void Location_type_exclude_drops_the_listed_types()
    {
        var plan = Plan(Rules([new LocationTypeFilter(null, [LocationType.Store])]), Order(Ship("A")), Stock((Ams, "A", 5), (ThirdParty, "A", 5)));
        Assert.Equal("3PL", Chosen(plan));
    }

    [Fact]
    public void Capability_filter_requires_the_named_capability()
    {
        var returnsDesk = new Location("RET", "Returns desk", LocationType.Store, 52.0, 5.0, SizeClass.L, LocationCapabilities.Ship | LocationCapabilities.Returns);
        var plan = Plan(Rules([new CapabilityFilter(LocationCapabilities.Returns)]), Order(Ship("A")), Stock((Ams, "A", 5), (returnsDesk, "A", 5)));
        Assert.Equal("RET", Chosen(plan));
        Assert.Equal("filters[0] capability", RemovedBy(plan, "AMS"));
    }

    [Fact]
    public void Parcels_never_come_from_locations_that_cannot_ship_or_hold_no_stock()
    {
        var plan = Plan(Rules(), Order(Ship("A")), Stock((PickupOnly, "A", 9), (CarrierPoint, "A", 9), (Mst, "A", 1)));
        Assert.Equal("MST", Chosen(plan));
        Assert.Equal("capability", RemovedBy(plan, "KIOSK"));
        Assert.Equal("location type", RemovedBy(plan, "PUP"));
    }

    [Fact]
    public void Min_available_keeps_only_locations_holding_the_threshold()
    {
        var plan = Plan(Rules([new MinAvailableFilter(2)]), Order(Ship("A")), Stock((Ams, "A", 1), (Utr, "A", 2)));
        Assert.Equal("UTR", Chosen(plan));
        Assert.Equal("filters[0] minAvailable", RemovedBy(plan, "AMS"));
    }

    [Fact]
    public void Excluded_size_classes_are_never_chosen()
    {
        var rules = Rules([new SizeClassFilter([SizeClass.XS])]);
        var plan = Plan(rules, Order(Ship("A")), Stock((Tiny, "A", 5), (Hlm, "A", 5)));
        Assert.Equal("HLM", Chosen(plan));
        Assert.Equal("filters[0] sizeClass", RemovedBy(plan, "TINY"));
        Assert.Equal("size class XS is excluded", plan.Explanation.Lines[0].FilteredOut.Single().Reason);
    }

    [Fact]
    public void Size_classes_below_the_minimum_are_never_chosen()
    {
        var plan = Plan(Rules([new SizeClassFilter(null, SizeClass.M)]), Order(Ship("A")), Stock((Tiny, "A", 5), (Utr, "A", 5), (Rtm, "A", 5)));
        Assert.Equal("RTM", Chosen(plan));
        Assert.Equal(2, plan.Explanation.Lines[0].FilteredOut.Single().Count);
    }

    [Fact]
    public void Locations_beyond_the_maximum_distance_are_never_chosen()
    {
        var stock = Stock((Hlm, "A", 5), (Mst, "A", 5));
        Assert.Equal("HLM", Chosen(Plan(Rules([new MaxDistanceFilter(30)]), Order(Ship("A")), stock)));
        var none = Plan(Rules([new MaxDistanceFilter(10)]), Order(Ship("A")), stock);
        Assert.Single(none.Unassigned);
        Assert.Contains("filters[0] maxDistance", none.Explanation.Lines[0].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_filter_keeps_locations_away_from_channels_not_listed()
    {
        var byLocation = new ChannelFilter(new Dictionary<string, IReadOnlyList<string>> { ["AMS"] = ["app"] }, null);
        Assert.Equal("HLM", Chosen(Plan(Rules([byLocation]), Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5)))));

        var storesForPosOnly = new ChannelFilter(null, new Dictionary<LocationType, IReadOnlyList<string>> { [LocationType.Store] = ["pos"] });
        var plan = Plan(Rules([storesForPosOnly]), Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5), (Dc, "A", 5)));
        Assert.Equal("DC", Chosen(plan));
        Assert.Contains("channel web", plan.Explanation.Lines[0].FilteredOut.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_list_for_a_location_wins_over_the_list_for_its_type()
    {
        var filter = new ChannelFilter(new Dictionary<string, IReadOnlyList<string>> { ["AMS"] = ["web"] },
            new Dictionary<LocationType, IReadOnlyList<string>> { [LocationType.Store] = ["pos"] });
        Assert.Equal("AMS", Chosen(Plan(Rules([filter]), Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5), (Dc, "A", 5)))));
    }

    [Fact]
    public void Disabled_locations_are_never_chosen()
    {
        var closed = new Location("CLOSED", "Closed store", LocationType.Store, 52.37, 4.89, SizeClass.L, ShipAndPickup);
        closed.Disable();
        var plan = Plan(Rules(), Order(Ship("A")), Stock((closed, "A", 5), (Hlm, "A", 5)));
        Assert.Equal("HLM", Chosen(plan));
        Assert.Equal("location enabled", RemovedBy(plan, "CLOSED"));
    }

    [Fact]
    public void Paused_locations_are_never_chosen()
    {
        var plan = Plan(Rules([new PausedLocationsFilter(["AMS"])]), Order(Ship("A")), Stock((Ams, "A", 5), (Hlm, "A", 5)));
        Assert.Equal("HLM", Chosen(plan));
        Assert.Equal("filters[0] paused", RemovedBy(plan, "AMS"));
    }

    [Fact]
    public void The_central_alias_names_the_central_location()
    {
        var plan = Plan(Rules([new PausedLocationsFilter([SourcingRuleSet.CentralLocationAlias])]), Order(Ship("A")), Stock((Dc, "A", 5), (Mst, "A", 5)));
        Assert.Equal("MST", Chosen(plan));
    }

    [Fact]
    public void A_filter_scoped_to_a_delivery_method_leaves_other_methods_alone()
    {
        var rules = Rules([new SizeClassFilter([SizeClass.XS], methods: [DeliveryMethod.PickupInStore])]);
        Assert.Equal("TINY", Chosen(Plan(rules, Order(Ship("A")), Stock((Tiny, "A", 5), (Hlm, "A", 5)))));
        Assert.Empty(Plan(rules, Order(Pickup("TINY", "A")), Stock((Tiny, "A", 5))).Assignments);
    }

    [Fact]
    public void The_first_filter_that_rejects_is_the_one_explained()
    {
        var plan = Plan(Rules([new PausedLocationsFilter(["TINY"]), new SizeClassFilter([SizeClass.XS])]), Order(Ship("A")), Stock((Tiny, "A", 5)));
        Assert.Equal("filters[0] paused", RemovedBy(plan, "TINY"));
    }
}
