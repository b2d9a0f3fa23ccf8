namespace Oms.Domain.Common;

/// <summary>
/// A postal address, a value object. Coordinates are optional: channels that geocode send them, the OMS fills
/// them from its postal-code table when they are missing (see <see cref="GeocodedFrom"/>), and sourcing uses them
/// to find the nearest location.
/// </summary>
public sealed record Address
{
    private Address() { Name = null!; Line1 = null!; PostalCode = null!; City = null!; Country = null!; }

    public Address(string name, string line1, string? line2, string postalCode, string city, string country,
        string? phone = null, double? latitude = null, double? longitude = null)
    {
        Name = Guard.NotEmpty(name, "name");
        Line1 = Guard.NotEmpty(line1, "line1");
        Line2 = string.IsNullOrWhiteSpace(line2) ? null : line2.Trim();
        PostalCode = Guard.NotEmpty(postalCode, "postalCode");
        City = Guard.NotEmpty(city, "city");
        var c = Guard.NotEmpty(country, "country").ToUpperInvariant();
        Country = c.Length == 2 && c.All(char.IsAsciiLetterUpper)
            ? c
            : throw new BusinessRuleException("country", $"'{country}' is not a two-letter ISO 3166 country code.");
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (latitude.HasValue != longitude.HasValue)
            throw new BusinessRuleException("latitude", "Give both latitude and longitude, or neither.");
        if (latitude is { } lat && longitude is { } lon) _ = new GeoPoint(lat, lon);
        Latitude = latitude;
        Longitude = longitude;
    }

    public string Name { get; private init; }
    public string Line1 { get; private init; }
    public string? Line2 { get; private init; }
    public string PostalCode { get; private init; }
    public string City { get; private init; }
    public string Country { get; private init; }
    public string? Phone { get; private init; }
    public double? Latitude { get; private init; }
    public double? Longitude { get; private init; }
    /// <summary>
    /// Null when the coordinates (if any) came with the address; otherwise where the OMS took them from, such as
    /// <c>postal-code NL 1012</c> (the centroid of a postal-code area, not the house).
    /// </summary>
    public string? GeocodedFrom { get; private init; }

    public GeoPoint? Point => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    /// <summary>The same address with coordinates the OMS derived, and where it derived them from.</summary>
    internal Address Geocoded(GeoPoint point, string source)
        => this with { Latitude = point.Latitude, Longitude = point.Longitude, GeocodedFrom = Guard.NotEmpty(source, "geocodedFrom") };
}
