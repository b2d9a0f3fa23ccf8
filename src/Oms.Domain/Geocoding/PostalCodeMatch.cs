using Oms.Domain.Common;

namespace Oms.Domain.Geocoding;

/// <summary>What a postal code resolved to: the row found under <paramref name="Key"/>, the first lookup key in the table.</summary>
/// <param name="PostalCode">As asked for.</param>
public sealed record PostalCodeMatch(string Country, string PostalCode, string Key, GeoPoint Point, string? Place)
{
    /// <summary>How an address geocoded from this match says where its coordinates came from, e.g. <c>postal-code NL 1012</c>.</summary>
    public string Source => $"postal-code {Country} {Key}";
}
