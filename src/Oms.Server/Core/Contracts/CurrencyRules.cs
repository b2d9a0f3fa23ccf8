namespace Oms.Server.Core.Contracts;

public static class CurrencyRules
{
    /// <summary>Three ASCII letters, as ISO 4217 codes are (any case; stored upper-case).</summary>
    public static bool IsCode(string? c) => c is not null && c.Trim().Length == 3 && c.Trim().All(char.IsAsciiLetter);
}
