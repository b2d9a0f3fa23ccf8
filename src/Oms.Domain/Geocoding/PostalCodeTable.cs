using Oms.Domain.Common;

namespace Oms.Domain.Geocoding;

/// <summary>One country's postal-code centroids in memory: resolves a postal code as written and geocodes addresses.</summary>
public sealed class PostalCodeTable
{
    private readonly Dictionary<string, PostalCodeCentroid> byKey = new(StringComparer.Ordinal);

    /// <param name="rows">Rows of <paramref name="country"/>; rows of another country are ignored, a repeated key keeps the first.</param>
    public PostalCodeTable(string country, IEnumerable<PostalCodeCentroid> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Country = PostalCodeFormat.Country(country);
        foreach (var r in rows)
            if (r.Country == Country) byKey.TryAdd(r.Key, r);
    }

    public string Country { get; }
    public int Count => byKey.Count;

    /// <summary>The most precise row for <paramref name="postalCode"/>, or null when none of its lookup keys is in the table.</summary>
    public PostalCodeMatch? Resolve(string? postalCode)
    {
        foreach (var key in PostalCodeFormat.LookupKeys(Country, postalCode))
            if (byKey.TryGetValue(key, out var row))
                return new PostalCodeMatch(Country, postalCode!.Trim(), key, row.Point, row.Place);
        return null;
    }

    /// <summary>
    /// The address with the centroid of its postal code when it has no coordinates of its own; null when it already has
    /// coordinates, is in another country or its postal code is not in the table.
    /// </summary>
    public Address? Geocode(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Point is not null || address.Country != Country) return null;
        return Resolve(address.PostalCode) is { } m ? address.Geocoded(m.Point, m.Source) : null;
    }
}
