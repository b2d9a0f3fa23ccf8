using Oms.Domain.Common;

namespace Oms.Domain.Geocoding;

/// <summary>
/// How postal codes are written per country, so that a table row and an address meet on the same key however the
/// customer typed the code. The Netherlands: four digits and optionally two letters ("1012 LG" → keys "1012LG", then
/// "1012" (PC4), then "10" (PC2)). Any other country: upper case without spaces and hyphens, the whole code first,
/// then ever shorter prefixes down to two characters (a table may hold districts rather than full codes).
/// </summary>
public static class PostalCodeFormat
{
    private const int MinPrefix = 2;
    private const int MaxLength = 12;

    /// <summary>A two-letter ISO 3166 code in upper case; a 422 naming <paramref name="field"/> otherwise.</summary>
    public static string Country(string? country, string field = "country")
    {
        var c = Guard.NotEmpty(country, field).ToUpperInvariant();
        return c.Length == 2 && c.All(char.IsAsciiLetterUpper)
            ? c
            : throw new BusinessRuleException(field, $"'{country}' is not a two-letter ISO 3166 country code.");
    }

    /// <summary>The key a table row is stored under; null when <paramref name="postalCode"/> is no postal code of the country.</summary>
    public static string? TableKey(string country, string? postalCode)
    {
        var compact = Compact(postalCode);
        if (compact is null || Country(country) != "NL") return compact;
        var pc2 = compact.Length == 2 && compact[0] != '0' && compact.All(char.IsAsciiDigit);
        return IsDutch(compact) || pc2 ? compact : null;
    }

    /// <summary>The keys to look <paramref name="postalCode"/> up by, most precise first; none for no postal code of the country.</summary>
    public static IReadOnlyList<string> LookupKeys(string country, string? postalCode)
    {
        var compact = Compact(postalCode);
        if (compact is null) return [];
        if (Country(country) == "NL")
            return !IsDutch(compact) ? [] : compact.Length == 6 ? [compact, compact[..4], compact[..2]] : [compact, compact[..2]];
        var keys = new List<string>();
        for (var n = compact.Length; n >= Math.Min(MinPrefix, compact.Length); n--) keys.Add(compact[..n]);
        return keys;
    }

    /// <summary>Four digits not starting with 0 (PC4), optionally followed by two letters (PC6).</summary>
    private static bool IsDutch(string c)
        => c.Length is 4 or 6 && c[0] != '0' && c[..4].All(char.IsAsciiDigit) && c[4..].All(char.IsAsciiLetterUpper);

    private static string? Compact(string? postalCode)
    {
        if (string.IsNullOrWhiteSpace(postalCode)) return null;
        var c = new string([.. postalCode.Where(ch => !char.IsWhiteSpace(ch) && ch != '-').Select(char.ToUpperInvariant)]);
        return c.Length is > 0 and <= MaxLength && c.All(char.IsAsciiLetterOrDigit) ? c : null;
    }
}
