using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Domain.Orders;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests.Geocoding;

/// <summary>An order's shipping addresses without coordinates are filled from the postal-code table, visibly.</summary>
public sealed class OrderGeocodingTests
{
    private static readonly PostalCodeTable Nl = new("NL",
        [new("NL", "1012", 52.3735, 4.8951, "Amsterdam"), new("NL", "3511", 52.09, 5.12)]);
    private static readonly Address Amsterdam = new("Anna", "Damrak 1", null, "1012 LG", "Amsterdam", "NL");

    private static Order Capture(Address? orderAddress, params NewOrderLine[] lines)
        => Order.Capture(new NewOrder(Guid.NewGuid(), "OMS-TEST", "web", Guid.NewGuid().ToString(), OrderType.Standard, "EUR",
            "anna@example.com", "Anna", null, orderAddress, null, null, 0m, lines, "hash"), Guid.NewGuid(), Now, Actor.Channel("web"));

    [Fact]
    public void The_order_and_line_addresses_without_coordinates_are_placed_and_the_timeline_says_so()
    {
        var utrecht = new Address("Bram", "Oudegracht 10", null, "3511 AL", "Utrecht", "NL");
        var order = Capture(Amsterdam, Ship(), Ship("SKU-2") with { ShippingAddress = utrecht });

        Assert.Equal(2, order.GeocodeAddresses(Nl.Geocode, Now));

        Assert.Equal("postal-code NL 1012", order.ShippingAddress!.GeocodedFrom);
        Assert.Equal(52.3735, order.ShippingAddress.Latitude);
        Assert.Equal("postal-code NL 3511", order.Lines[1].ShippingAddress!.GeocodedFrom);
        Assert.Equal(2, order.Timeline.Count(e => e.Type == "address.geocoded"));
        Assert.Empty(order.ShippingAddressesWithoutCoordinates());
    }

    [Fact]
    public void Addresses_with_coordinates_or_unknown_postal_codes_stay_as_they_are()
    {
        var order = Capture(Home, Ship(), Ship("SKU-2") with { ShippingAddress = Amsterdam });
        var unknown = Capture(new Address("Anna", "Damrak 1", null, "9999 ZZ", "Nowhere", "NL"), Ship());

        Assert.Equal(1, order.GeocodeAddresses(Nl.Geocode, Now));
        Assert.Equal(Home, order.ShippingAddress);
        Assert.Equal(0, unknown.GeocodeAddresses(Nl.Geocode, Now));
        Assert.Null(unknown.ShippingAddress!.Point);
        Assert.Single(unknown.ShippingAddressesWithoutCoordinates());
        Assert.DoesNotContain(unknown.Timeline, e => e.Type == "address.geocoded");
    }
}
