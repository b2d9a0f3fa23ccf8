using Oms.Domain.Common;
using Oms.Payments.Stripe;

namespace Oms.Payments.Tests;

public sealed class StripeAmountTests
{
    [Theory]
    [InlineData(12.34, "EUR", 1234)]
    [InlineData(0.5, "USD", 50)]
    [InlineData(1500, "JPY", 1500)]
    [InlineData(990, "KRW", 990)]
    [InlineData(12.34, "KWD", 12340)]
    [InlineData(5, "ISK", 500)]
    public void Amounts_become_Stripes_minor_units(decimal amount, string currency, long minor)
    {
        Assert.Equal(minor, StripeAmount.ToMinorUnits(new Money(amount, currency)));
        Assert.Equal(amount, StripeAmount.FromMinorUnits(minor, currency));
    }

    [Theory]
    [InlineData(10.005, "EUR")]
    [InlineData(500.5, "JPY")]
    [InlineData(12.345, "KWD")]
    [InlineData(5.5, "HUF")]
    [InlineData(0, "EUR")]
    [InlineData(-1, "EUR")]
    public void Amounts_Stripe_would_round_or_refuse_are_refused_before_sending(decimal amount, string currency) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StripeAmount.ToMinorUnits(new Money(amount, currency)));

    [Fact]
    public void The_currency_is_sent_in_lower_case() => Assert.Equal("gbp", StripeAmount.Currency(new Money(1m, "GBP")));
}
