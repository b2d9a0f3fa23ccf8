using Oms.Server.Core;
using Microsoft.Extensions.Options;
using Oms.Server.Core.Customers;
using Oms.Server.Web;

namespace Oms.Server.Tests;

/// <summary>How phone numbers are written down: E.164 when they can be read, as typed otherwise.</summary>
public sealed class PhoneNormalizerTests
{
    private readonly PhoneNormalizer phones = new(Options.Create(new OmsOptions()));

    [Theory]
    [InlineData("+31 6 1234 2699", null, "+31612342699")]
    [InlineData("06 1234 2699", null, "+31612342699")]
    [InlineData("(020) 123 4567 ext. 12", null, "+31201234567")]
    [InlineData("0470 12 34 56", "BE", "+32470123456")]
    [InlineData("0470 12 34 56", "ZZ", "+31470123456")]
    [InlineData("+44 20 7946 0958", "NL", "+442079460958")]
    public void A_readable_number_becomes_E164(string typed, string? region, string expected)
        => Assert.Equal(expected, phones.Normalize(typed, region));

    [Theory]
    [InlineData(" ask for the desk ", "ask for the desk")]
    [InlineData("1-800-FLOWERS", "1-800-FLOWERS")]
    [InlineData("desk 927afc5b4", "desk 927afc5b4")]
    [InlineData("12", "12")]
    public void Anything_else_is_kept_as_typed(string typed, string expected) => Assert.Equal(expected, phones.Normalize(typed));

    [Fact]
    public void No_number_is_none() => Assert.Null(phones.Normalize("  "));
}
