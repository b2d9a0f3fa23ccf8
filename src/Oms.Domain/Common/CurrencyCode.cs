namespace Oms.Domain.Common;

public static class CurrencyCode
{
    /// <summary>An ISO 4217 code: three letters, stored upper case.</summary>
    public static string Normalize(string? code)
    {
        var c = code?.Trim().ToUpperInvariant();
        return c is { Length: 3 } && c.All(char.IsAsciiLetterUpper)
            ? c
            : throw new BusinessRuleException("currency", $"'{code}' is not a three-letter ISO 4217 currency code.");
    }
}
