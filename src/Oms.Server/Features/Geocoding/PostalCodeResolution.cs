using Oms.Domain.Geocoding;

namespace Oms.Server.Features.Geocoding;

/// <summary>What a postal code resolves to: the centroid under <paramref name="Key"/>, the first of <paramref name="Tried"/> found.
/// </summary>
/// <param name="GeocodedFrom">What an address with this postal code and no coordinates records as its source.</param>
public sealed record PostalCodeResolution(string Country, string PostalCode, string Key, double Latitude, double Longitude, string? Place,
    string GeocodedFrom, IReadOnlyList<string> Tried)
{
    public static PostalCodeResolution From(PostalCodeMatch m, IReadOnlyList<string> tried)
        => new(m.Country, m.PostalCode, m.Key, m.Point.Latitude, m.Point.Longitude, m.Place, m.Source, tried);
}
