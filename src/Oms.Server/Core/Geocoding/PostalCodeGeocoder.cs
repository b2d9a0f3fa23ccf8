using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Domain.Orders;
using Oms.Persistence;

namespace Oms.Server.Core.Geocoding;

/// <summary>
/// Places addresses that come without coordinates at the centre of their postal code, from the country's table
/// (loaded through the postal-codes API; the demo data ships the Netherlands). One indexed read of the
/// table's version per country and command; the rows themselves come from <see cref="PostalCodeCache"/>.
/// </summary>
public sealed class PostalCodeGeocoder(OmsDbContext db, PostalCodeCache cache)
{
    /// <summary>The country's table as loaded now, or null when none is loaded.</summary>
    public async Task<PostalCodeTable?> TableAsync(string country, CancellationToken ct)
    {
        var code = PostalCodeFormat.Country(country);
        var version = await db.PostalCodeTableLoads.AsNoTracking().Where(l => l.Country == code)
            .Select(l => (Guid?)l.Version).FirstOrDefaultAsync(ct);
        if (version is not { } v) return null;
        if (cache.TryGet(code, v, out var table)) return table;
        var rows = await db.PostalCodeCentroids.AsNoTracking().Where(c => c.Country == code).ToListAsync(ct);
        table = new PostalCodeTable(code, rows);
        cache.Set(code, v, table);
        return table;
    }

    /// <summary>
    /// Fills the order's shipping addresses (its own and its active lines') that have no coordinates; an address
    /// whose postal code is not in its country's table stays without, and sourcing then treats its distances as unknown.
    /// </summary>
    public async Task GeocodeAsync(Order order, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var tables = new Dictionary<string, PostalCodeTable>(StringComparer.Ordinal);
        var countries = order.ShippingAddressesWithoutCoordinates().Select(a => a.Country).Distinct(StringComparer.Ordinal).ToList();
        foreach (var country in countries)
            if (await TableAsync(country, ct) is { } table) tables[country] = table;
        if (tables.Count > 0) order.GeocodeAddresses(a => tables.TryGetValue(a.Country, out var t) ? t.Geocode(a) : null, now);
    }

    /// <summary>
    /// A point given as coordinates or as a postal code and country (the webshop's "stores near me"); a 422 naming
    /// the fields when neither is given or the postal code is not in the table.
    /// </summary>
    public async Task<GeoPoint> PointAsync(double? latitude, double? longitude, string? postalCode, string? country, CancellationToken ct)
    {
        if (latitude is { } lat && longitude is { } lon) return new GeoPoint(lat, lon);
        if (latitude is not null || longitude is not null)
            throw new BusinessRuleException("latitude", "Give both latitude and longitude, or neither.");
        if (string.IsNullOrWhiteSpace(postalCode))
            throw new BusinessRuleException("latitude",
                "latitude and longitude (or postalCode and country) are required: which point should stores be near?");
        var code = PostalCodeFormat.Country(country ?? "", "country");
        var match = await TableAsync(code, ct) is { } table ? table.Resolve(postalCode) : null;
        return match?.Point ?? throw new BusinessRuleException("postalCode",
            $"Postal code {postalCode.Trim()} is not in the {code} postal-code table; give latitude and longitude instead.");
    }
}
