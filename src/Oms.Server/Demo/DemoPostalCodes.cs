using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Persistence;
using Oms.Server.Features.Geocoding;

namespace Oms.Server.Demo;

/// <summary>
/// The demo country's postal-code table: the centroids of the Dutch four-digit postal codes (PC4) from GeoNames
/// (CC BY 4.0; see NOTICE.md beside this file), shipped as an embedded CSV and loaded with the demo data.
/// </summary>
public static class DemoPostalCodes
{
    public const string Country = "NL";
    public const string Resource = "Oms.Server.Demo.postal-codes-nl.csv";
    public const string Source = "GeoNames postal codes NL (PC4), CC BY 4.0, www.geonames.org";

    /// <summary>Adds the table to <paramref name="db"/>; the caller saves it with the rest of the demo data.</summary>
    public static async Task AddAsync(OmsDbContext db, DateTime now, CancellationToken ct)
    {
        await using var csv = typeof(DemoPostalCodes).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        var table = await PostalCodeCsv.ReadAsync(csv, Country, ct);
        if (table.BadRows > 0)
            throw new InvalidOperationException(
                $"The shipped {Resource} has {table.BadRows} bad row(s), first {table.Errors.First().Key}.");
        db.PostalCodeCentroids.AddRange(table.Rows);
        db.PostalCodeTableLoads.Add(new PostalCodeTableLoad(Country, table.Rows.Count, Source, now, Actor.System));
    }
}
