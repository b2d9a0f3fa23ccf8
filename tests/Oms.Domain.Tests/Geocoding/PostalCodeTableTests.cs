using Oms.Domain.Common;
using Oms.Domain.Geocoding;

namespace Oms.Domain.Tests.Geocoding;

/// <summary>A country's table resolves postal codes and places addresses that come without coordinates.</summary>
public sealed class PostalCodeTableTests
{
    private static readonly PostalCodeTable Nl = new("NL",
    [
        new("NL", "1012", 52.3735, 4.8951, "Amsterdam"),
        new("NL", "3511", 52.0927, 5.1178, "Utrecht"),
        new("NL", "3511 AL", 52.0910, 5.1190, "Utrecht Oudegracht"),
        new("NL", "62", 50.85, 5.69, "Maastricht region"),
        new("BE", "1000", 50.85, 4.35, "Brussel"),
    ]);

    private static Address Unplaced(string postalCode, string country = "NL")
        => new("Anna", "Damrak 1", null, postalCode, "Somewhere", country);

    [Fact]
    public void The_most_precise_row_wins()
    {
        Assert.Equal("3511AL", Nl.Resolve("3511 al")!.Key);
        Assert.Equal("3511", Nl.Resolve("3511 AB")!.Key);
        Assert.Equal("62", Nl.Resolve("6211 AB")!.Key);
        Assert.Equal("Amsterdam", Nl.Resolve("1012 LG")!.Place);
    }

    [Fact]
    public void A_postal_code_not_in_the_table_resolves_to_nothing()
    {
        Assert.Null(Nl.Resolve("9999 ZZ"));
        Assert.Null(Nl.Resolve("not a code"));
        Assert.Equal(4, Nl.Count);
    }

    [Fact]
    public void An_address_without_coordinates_is_placed_at_its_postal_code_and_says_so()
    {
        var placed = Nl.Geocode(Unplaced("1012 LG"))!;
        Assert.Equal(new GeoPoint(52.3735, 4.8951), placed.Point);
        Assert.Equal("postal-code NL 1012", placed.GeocodedFrom);
        Assert.Equal("1012 LG", placed.PostalCode);
    }

    [Fact]
    public void Addresses_with_coordinates_another_country_or_an_unknown_code_are_left_alone()
    {
        Assert.Null(Nl.Geocode(new Address("Anna", "Damrak 1", null, "1012 LG", "Amsterdam", "NL", null, 52.37, 4.89)));
        Assert.Null(Nl.Geocode(Unplaced("1000", "BE")));
        Assert.Null(Nl.Geocode(Unplaced("9999 ZZ")));
    }

    [Fact]
    public void A_row_that_is_no_postal_code_of_its_country_cannot_be_built()
    {
        var e = Assert.Throws<BusinessRuleException>(() => new PostalCodeCentroid("NL", "ABC", 52, 5));
        Assert.Contains("postalCode", e.Errors.Keys);
        Assert.Throws<BusinessRuleException>(() => new PostalCodeCentroid("NL", "1012", 95, 5));
    }
}
