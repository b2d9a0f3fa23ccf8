using Oms.Domain.Common;

namespace Oms.Payments.Stripe;

/// <summary>
/// Stripe's integer amounts: the currency's minor unit, lower-case currency codes (docs.stripe.com/currencies).
/// Refuses amounts Stripe would round or reject rather than sending a different amount than the order holds.
/// </summary>
public static class StripeAmount
{
    // Stripe's zero-decimal currencies: 500 JPY is sent as 500.
    private static readonly HashSet<string> ZeroDecimal =
        ["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];

    // Three decimals in the API, but Stripe's partners need the last digit to be 0.
    private static readonly HashSet<string> ThreeDecimal = ["BHD", "JOD", "KWD", "OMR", "TND"];

    // Two decimals in the API, but Stripe accepts whole units only (amount divisible by 100).
    private static readonly HashSet<string> WholeUnitsOnly = ["ISK", "HUF", "TWD"];

    public static string Currency(Money money) => money.Currency.ToLowerInvariant();

    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive, or has more precision than Stripe
    /// takes in that currency: a caller's bug, never silently rounded.</exception>
    public static long ToMinorUnits(Money money)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(money.Amount, nameof(money));
        var minor = money.Amount * Factor(money.Currency);
        var step = ThreeDecimal.Contains(money.Currency) ? 10m : WholeUnitsOnly.Contains(money.Currency) ? 100m : 1m;
        if (minor % step != 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(money), money.ToString(),
                $"Stripe cannot take {money.Currency} amounts with this precision.");
        }

        return decimal.ToInt64(minor);
    }

    public static decimal FromMinorUnits(long minor, string currency) => minor / Factor(CurrencyCode.Normalize(currency));

    private static decimal Factor(string currency) =>
        ZeroDecimal.Contains(currency) ? 1m : ThreeDecimal.Contains(currency) ? 1000m : 100m;
}
