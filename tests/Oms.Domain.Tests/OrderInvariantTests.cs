using Oms.Domain.Common;
using Oms.Domain.Orders;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests;

public sealed class OrderInvariantTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Quantity_must_be_positive(int qty)
    {
        var ex = Assert.Throws<BusinessRuleException>(() => Capture(Ship("A", qty)));
        Assert.Contains("lines[0].quantity", ex.Errors.Keys);
    }

    [Fact]
    public void Discount_cannot_exceed_the_line_value()
        => Assert.Throws<BusinessRuleException>(() => Capture(Ship("A", 1, 10m) with { Discount = 11m }));

    [Fact]
    public void A_shipped_line_needs_an_address()
    {
        var spec = new NewOrder(Guid.NewGuid(), "N", "web", "C1", OrderType.Standard, "EUR", "a@b.nl", "A", null,
            null, null, null, 0, [Ship()], "h");
        var ex = Assert.Throws<BusinessRuleException>(() => Order.Capture(spec, Guid.NewGuid(), Now, Agent));
        Assert.Contains("lines[0].shippingAddress", ex.Errors.Keys);
    }

    [Fact]
    public void A_pickup_line_needs_a_pickup_location()
        => Assert.Throws<BusinessRuleException>(() => Capture(Ship() with { DeliveryMethod = DeliveryMethod.PickupInStore }));

    [Fact]
    public void A_carry_out_needs_the_selling_store()
        => Assert.Throws<BusinessRuleException>(() => Capture(CarryOut()));

    [Fact]
    public void An_order_needs_lines()
        => Assert.Throws<BusinessRuleException>(() => Capture());

    [Fact]
    public void Money_in_two_currencies_does_not_add_up()
        => Assert.Throws<BusinessRuleException>(() => new Money(1, "EUR") + new Money(1, "USD"));

    [Theory]
    [InlineData("EURO")]
    [InlineData("E1")]
    [InlineData("")]
    public void Currency_must_be_an_iso_code(string code)
        => Assert.Throws<BusinessRuleException>(() => new Money(1, code));

    [Fact]
    public void Address_country_must_be_two_letters()
        => Assert.Throws<BusinessRuleException>(() => new Address("A", "Street 1", null, "1000 AA", "Amsterdam", "Netherlands"));

    [Fact]
    public void Address_needs_both_coordinates_or_neither()
        => Assert.Throws<BusinessRuleException>(() => new Address("A", "Street 1", null, "1000 AA", "Amsterdam", "NL", null, 52.1, null));

    [Fact]
    public void Amsterdam_to_Utrecht_is_about_35_km()
    {
        var km = new GeoPoint(52.3731, 4.8922).DistanceKmTo(new GeoPoint(52.0907, 5.1214));
        Assert.InRange(km, 34, 36);
    }

    [Fact]
    public void Email_is_normalised_and_checked()
    {
        Assert.Equal("anna@example.com", Customers.Customer.NormalizeEmail(" Anna@Example.com "));
        Assert.Throws<BusinessRuleException>(() => Customers.Customer.NormalizeEmail("not-an-email"));
    }
}
