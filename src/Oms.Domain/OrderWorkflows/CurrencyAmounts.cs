using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>Thresholds given per currency (<c>{ "EUR": 1000, "USD": 1100 }</c>): money in one currency is never compared with another.</summary>
internal static class CurrencyAmounts
{
    /// <summary>Checks codes and amounts, filing errors under <c>{field}.{key}</c>; returns the table keyed by normalised code.</summary>
    public static IReadOnlyDictionary<string, decimal> Normalize(IReadOnlyDictionary<string, decimal>? amounts, string field, ConfigErrors errors, bool required)
    {
        var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        if (amounts is null || amounts.Count == 0)
        {
            if (required) errors.Add(field, $"{field} needs an amount for at least one currency, e.g. {{ \"EUR\": 1000 }}.");
            return result;
        }
        foreach (var (key, amount) in amounts)
        {
            var at = $"{field}.{key}";
            string code;
            try
            {
                code = CurrencyCode.Normalize(key);
            }
            catch (BusinessRuleException e)
            {
                errors.Add(at, e.Message);
                continue;
            }
            if (amount < 0) errors.Add(at, $"The amount for {code} must not be negative (was {amount}).");
            else if (!result.TryAdd(code, amount)) errors.Add(at, $"{code} is listed twice.");
        }
        return result;
    }
}
