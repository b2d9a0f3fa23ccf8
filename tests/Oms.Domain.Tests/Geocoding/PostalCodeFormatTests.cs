using Oms.Domain.Common;
using Oms.Domain.Geocoding;

namespace Oms.Domain.Tests.Geocoding;

/// <summary>Postal codes meet their table rows however they are typed.</summary>
public sealed class PostalCodeFormatTests
{
    [Theory]
    [InlineData("1012 LG", new[] { "1012LG", "1012", "10" })]
    [InlineData("1012lg", new[] { "1012LG", "1012", "10" })]
    [InlineData(" 1012 ", new[] { "1012", "10" })]
    public void A_dutch_postal_code_is_looked_up_as_PC6_then_PC4_then_PC2(string written, string[] keys)
        => Assert.Equal(keys, PostalCodeFormat.LookupKeys("nl", written));

    [Theory]
    [InlineData("0123 AB")]
    [InlineData("123")]
    [InlineData("1012 L")]
    [InlineData("ABCD")]
    [InlineData("")]
    public void Something_that_is_no_dutch_postal_code_has_no_keys(string written)
        => Assert.Empty(PostalCodeFormat.LookupKeys("NL", written));

    [Fact]
    public void Other_countries_try_the_whole_code_then_ever_shorter_prefixes()
    {
        Assert.Equal(["SW1A1AA", "SW1A1A", "SW1A1", "SW1A", "SW1", "SW"], PostalCodeFormat.LookupKeys("GB", "sw1a 1aa"));
        Assert.Equal(["00950", "0095", "009", "00"], PostalCodeFormat.LookupKeys("PL", "00-950"));
    }

    [Theory]
    [InlineData("NL", "1012 lg", "1012LG")]
    [InlineData("NL", "1012", "1012")]
    [InlineData("NL", "10", "10")]
    [InlineData("NL", "1", null)]
    [InlineData("NL", "0999", null)]
    [InlineData("BE", "1000", "1000")]
    [InlineData("DE", "10 115", "10115")]
    [InlineData("DE", "10115!", null)]
    public void A_table_row_is_stored_under_its_normalised_key(string country, string written, string? key)
        => Assert.Equal(key, PostalCodeFormat.TableKey(country, written));

    [Fact]
    public void A_country_must_be_two_letters()
    {
        Assert.Equal("NL", PostalCodeFormat.Country(" nl "));
        Assert.Throws<BusinessRuleException>(() => PostalCodeFormat.Country("NLD"));
    }
}
