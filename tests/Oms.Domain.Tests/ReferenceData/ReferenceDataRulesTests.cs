using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Domain.Tests.ReferenceData;

/// <summary>Reference data cannot be built invalid, and changing it keeps it valid.</summary>
public sealed class ReferenceDataRulesTests
{
    [Theory]
    [InlineData("SKU-0001", true)]
    [InlineData("dc_3pl.tilburg", true)]
    [InlineData("STORE AMS", false)]
    [InlineData("-STORE", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void Codes_are_plain_enough_for_urls_and_files(string code, bool valid)
        => Assert.Equal(valid, ReferenceCode.IsValid(code));

    [Fact]
    public void A_carrier_pickup_point_cannot_ship_or_sell_and_a_refused_change_leaves_the_location_as_it_was()
    {
        var point = new Location("PUP", "Point", LocationType.CarrierPickupPoint, 52, 5, SizeClass.XS, LocationCapabilities.Pickup);

        var e = Assert.Throws<BusinessRuleException>(() => point.Classify(LocationType.CarrierPickupPoint, SizeClass.XS,
            LocationCapabilities.Pickup | LocationCapabilities.Ship));

        Assert.Contains("capabilities", e.Errors.Keys);
        Assert.Equal(LocationCapabilities.Pickup, point.Capabilities);
    }

    [Fact]
    public void A_disabled_location_can_do_nothing_until_enabled_again()
    {
        var store = new Location("AMS", "Amsterdam", LocationType.Store, 52, 5, SizeClass.L, Location.DefaultCapabilities(LocationType.Store));

        store.Disable();
        Assert.False(store.Can(LocationCapabilities.Pickup));
        store.Enable();
        Assert.True(store.Can(LocationCapabilities.Pickup | LocationCapabilities.CarryOut));
    }

    [Fact]
    public void A_refused_price_leaves_the_product_as_it_was()
    {
        var product = new Product("SKU-1", "Tent", 99m, "EUR", "camping");

        Assert.Throws<BusinessRuleException>(() => product.Reprice(-1m, "USD"));
        Assert.Throws<BusinessRuleException>(() => product.Reprice(10m, "EURO"));

        Assert.Equal((99m, "EUR"), (product.ListPrice, product.Currency));
    }

    [Fact]
    public void Only_a_pos_channel_sells_to_anonymous_customers_by_default()
    {
        Assert.True(new Channel("pos", "Tills", ChannelType.Pos, "EUR").AllowsAnonymousCustomer);
        Assert.False(new Channel("web", "Shop", ChannelType.Webshop, "EUR").AllowsAnonymousCustomer);
        Assert.False(new Channel("pos2", "Tills", ChannelType.Pos, "EUR", allowsAnonymousCustomer: false).AllowsAnonymousCustomer);
    }

    [Fact]
    public void A_carrier_links_a_tracking_number_to_its_tracking_page()
    {
        var carrier = new Carrier("postnl", "PostNL", "https://track.example/{trackingNumber}?lang=nl", ["standard", "evening"]);

        Assert.Equal(new Uri("https://track.example/3S%20ABC%2F1?lang=nl"), carrier.TrackingUrl("3S ABC/1"));
        Assert.Null(new Carrier("courier", "Courier").TrackingUrl("1"));
    }

    [Theory]
    [InlineData("https://track.example/", "trackingUrlTemplate")]
    [InlineData("mailto:{trackingNumber}@x", "trackingUrlTemplate")]
    public void A_tracking_url_template_must_be_a_web_address_with_the_number(string template, string field)
    {
        var e = Assert.Throws<BusinessRuleException>(() => new Carrier("dhl", "DHL", template));

        Assert.Contains(field, e.Errors.Keys);
    }

    [Fact]
    public void A_carrier_lists_each_service_once()
    {
        var e = Assert.Throws<BusinessRuleException>(() => new Carrier("dhl", "DHL", null, ["standard", "STANDARD"]));

        Assert.Contains("services", e.Errors.Keys);
    }
}
