using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>Guards for rule values the shared <see cref="Guard"/> does not cover.</summary>
internal static class RuleGuard
{
    public static double NonNegative(double value, string field)
        => double.IsFinite(value) && value >= 0 ? value : throw new BusinessRuleException(field, $"{field} must be a non-negative number (was {value}).");

    public static void Defined<T>(T value, string field) where T : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new BusinessRuleException(field, $"{field} has an unknown value {value}.");
    }

    public static IReadOnlyList<string> Codes(IEnumerable<string> codes, string field)
        => [.. codes.Select((c, i) => Guard.NotEmpty(c, $"{field}[{i}]")).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyDictionary<string, T> ByCode<T>(IReadOnlyDictionary<string, T>? table, Func<T, string, T> check, string field)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (code, value) in table ?? new Dictionary<string, T>())
            result[Guard.NotEmpty(code, field)] = check(value, $"{field}.{code}");
        return result;
    }
}
