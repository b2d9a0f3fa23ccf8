using Oms.Domain.Common;

namespace Oms.Domain.Geocoding;

/// <summary>
/// The centre of one postal-code area of a country: where an address with that postal code is taken to be when it
/// comes without coordinates. One row of a country's postal-code table, stored under its normalised key.
/// </summary>
public sealed class PostalCodeCentroid
{
    private PostalCodeCentroid() { Country = null!; Key = null!; }

    /// <param name="postalCode">As written (e.g. "1012 LG"); stored under <see cref="PostalCodeFormat.TableKey"/>.</param>
    public PostalCodeCentroid(string country, string postalCode, double latitude, double longitude, string? place = null)
    {
        Country = PostalCodeFormat.Country(country);
        Key = PostalCodeFormat.TableKey(Country, postalCode)
            ?? throw new BusinessRuleException("postalCode", $"'{postalCode}' is not a postal code of {Country}.");
        var p = new GeoPoint(latitude, longitude);
        Latitude = p.Latitude;
        Longitude = p.Longitude;
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
    }

    public string Country { get; private set; }
    public string Key { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    /// <summary>The town or district the area belongs to, for people reading the match.</summary>
    public string? Place { get; private set; }

    public GeoPoint Point => new(Latitude, Longitude);
}
