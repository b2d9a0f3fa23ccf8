using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Geocoding;
using Oms.Server.Web;

namespace Oms.Server.Features.Geocoding;

/// <summary>
/// The postal-code tables the OMS geocodes addresses without coordinates with: one per country, replaced as a whole
/// by uploading a CSV (one transaction per upload: a file with a bad row loads nothing), and a look-up that shows
/// what a postal code resolves to.
/// </summary>
public static class PostalCodesApi
{
    public static void MapPostalCodesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/postal-codes").WithTags("Geocoding");

        g.MapGet("/", async Task<Ok<List<PostalCodeTableResponse>>> (OmsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.PostalCodeTableLoads.AsNoTracking().OrderBy(l => l.Country).ToListAsync(ct))
                    .Select(PostalCodeTableResponse.From).ToList()))
            .WithName("ListPostalCodeTables").WithSummary("The loaded postal-code tables, one per country");

        g.MapGet("/{country}/{code}", async Task<Ok<PostalCodeResolution>> (string country, string code, PostalCodeGeocoder geocoder,
                CancellationToken ct) =>
            {
                var cc = PostalCodeFormat.Country(country);
                var tried = PostalCodeFormat.LookupKeys(cc, code);
                if (tried.Count == 0) throw new BusinessRuleException("code", $"'{code}' is not a postal code of {cc}.");
                var table = await geocoder.TableAsync(cc, ct) ?? throw new NotFoundException("Postal-code table", cc);
                var match = table.Resolve(code)
                    ?? throw new NotFoundException($"{cc} postal code", $"{code} (looked up as {string.Join(", ", tried)})");
                return TypedResults.Ok(PostalCodeResolution.From(match, tried));
            })
            .WithName("ResolvePostalCode")
            .WithSummary("What a postal code resolves to: the centroid an address with it and no coordinates is placed at")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPut("/{country}", async Task<Ok<PostalCodeTableResponse>> (string country, string? source, HttpRequest request,
                CommandBus bus, PostalCodeCache cache, TimeProvider clock, CancellationToken ct) =>
            {
                var cc = PostalCodeFormat.Country(country);
                var from = QueryValues.Text(source, "source") ?? "upload";
                // Buffered (within the server's request size limit): the reader then never blocks on the network.
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                body.Position = 0;
                var csv = await PostalCodeCsv.ReadAsync(body, cc, ct);
                if (csv.BadRows > 0)
                {
                    var first = csv.Errors.First();
                    throw new BusinessRuleException(
                        $"{csv.BadRows} row(s) of the CSV are invalid, so nothing was loaded; first: {first.Key}: {first.Value[0]}",
                        csv.Errors);
                }
                if (csv.Rows.Count == 0)
                    throw new BusinessRuleException("csv", "The CSV has no rows: a table needs at least one postal code.");
                var actor = ActorHeader.From(request.HttpContext);
                var loaded = await bus.RunAsync(actor, (ctx, token) => ReplaceAsync(ctx.Db, cc, csv.Rows, from, clock, actor, token), ct);
                cache.Forget(cc);
                return TypedResults.Ok(loaded);
            })
            .Accepts<string>("text/csv")
            .WithName("LoadPostalCodeTable")
            .WithSummary("Load or replace a country's postal-code table from CSV (country,postalCode,latitude,longitude[,place]); "
                + "422 lists the bad rows")
            .ProducesProblem(422);
    }

    private static async Task<PostalCodeTableResponse> ReplaceAsync(OmsDbContext db, string country, IReadOnlyList<PostalCodeCentroid> rows,
        string from, TimeProvider clock, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.PostalCodeCentroids.Where(c => c.Country == country).ExecuteDeleteAsync(ct);
        db.PostalCodeCentroids.AddRange(rows);
        var load = await db.PostalCodeTableLoads.FirstOrDefaultAsync(l => l.Country == country, ct);
        if (load is null) db.PostalCodeTableLoads.Add(load = new PostalCodeTableLoad(country, rows.Count, from, now, actor));
        else load.Replace(rows.Count, from, now, actor);
        return PostalCodeTableResponse.From(load);
    }
}
