using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Sourcing;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests;

public sealed class SourcingTests
{
    private static readonly Location Dc = new("DC", "DC", LocationType.DistributionCenter, 52.03, 5.08, SizeClass.XL, LocationCapabilities.Ship);
    private static readonly Location Amsterdam = new("AMS", "Amsterdam", LocationType.Store, 52.37, 4.89, SizeClass.L, LocationCapabilities.Ship | LocationCapabilities.Pickup);
    private static readonly Location Maastricht = new("MST", "Maastricht", LocationType.Store, 50.85, 5.69, SizeClass.M, LocationCapabilities.Ship | LocationCapabilities.Pickup);
    private static readonly Location Tiny = new("TINY", "Tiny", LocationType.Store, 52.38, 4.90, SizeClass.XS, LocationCapabilities.Pickup);
    private static readonly Location PickupPoint = new("PUP", "Point", LocationType.CarrierPickupPoint, 52.37, 4.89, SizeClass.XS, LocationCapabilities.Pickup);

    [Fact]
    public void Shipped_line_goes_to_the_central_dc_when_it_has_stock()
    {
        var line = Capture(Ship("A", 2)).Lines[0];
        var plan = SimpleSourcing.Rank(line, Home.Point, "DC", [new(Amsterdam, 5), new(Dc, 2)]);
        Assert.Equal("DC", plan[0].LocationCode);
    }

    [Fact]
    public void Shipped_line_goes_to_the_nearest_location_with_stock_when_the_dc_has_none()
    {
        var line = Capture(Ship("A", 2)).Lines[0];
        var plan = SimpleSourcing.Rank(line, Home.Point, "DC", [new(Dc, 1), new(Maastricht, 5), new(Amsterdam, 2)]);
        Assert.Equal(["AMS", "MST"], plan.Select(p => p.LocationCode));
        Assert.Contains("nearest", plan[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locations_that_cannot_ship_or_hold_no_stock_are_never_chosen_for_a_parcel()
    {
        var line = Capture(Ship("A")).Lines[0];
        Assert.Empty(SimpleSourcing.Rank(line, Home.Point, "DC", [new(Tiny, 9), new(PickupPoint, 9)]));
    }

    [Fact]
    public void Pickup_line_goes_to_the_chosen_store_only()
    {
        var line = Capture(Pickup("AMS", "A", 1)).Lines[0];
        var plan = SimpleSourcing.Rank(line, null, "DC", [new(Dc, 50), new(Amsterdam, 1), new(Maastricht, 5)]);
        Assert.Equal("AMS", Assert.Single(plan).LocationCode);
    }

    [Fact]
    public void Nothing_with_enough_stock_means_backorder()
    {
        var line = Capture(Ship("A", 3)).Lines[0];
        Assert.Empty(SimpleSourcing.Rank(line, Home.Point, "DC", [new(Dc, 2), new(Amsterdam, 2)]));
    }

    [Theory]
    [InlineData(10, 0, 0, 10)]
    [InlineData(10, 4, 2, 4)]
    [InlineData(5, 4, 2, 0)]
    public void Available_to_promise_is_on_hand_less_reserved_less_safety_never_negative(int onHand, int reserved, int safety, int atp)
        => Assert.Equal(atp, Availability.Atp(onHand, reserved, safety));
}
