namespace Oms.Domain.Returns;

/// <summary>
/// How many decimals an ISO 4217 currency is paid in: 0 for the yen, the won and a few others, 3 for the Gulf dinars, 2
/// for the rest. Refunds are rounded to these so no provider is asked for a fraction of its smallest coin.
/// </summary>
public static class CurrencyMinorUnits
{
    private static readonly Dictionary<string, int> Exceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    };

    public static int Decimals(string currency) => Exceptions.TryGetValue(currency, out var d) ? d : 2;

    /// <summary>Rounds to the currency's minor unit, half to even (as line splits do).</summary>
    public static decimal Round(decimal amount, string currency) => Math.Round(amount, Decimals(currency), MidpointRounding.ToEven);
}
