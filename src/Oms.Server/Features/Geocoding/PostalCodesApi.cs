using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Geocoding;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Geocoding;
using Oms.Server.Web;
using Oms.Server.Web.Hardening;
using Oms.Server.Web.OpenApi;

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

        g.MapGet("/", async Task<Ok<CursorPage<PostalCodeTableResponse>>> (int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.PostalCodeTableLoads.AsNoTracking();
                if (after is not null) q = q.Where(l => string.Compare(l.Country, after) > 0);
                var rows = await q.OrderBy(l => l.Country).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, l => l.Country, PostalCodeTableResponse.From));
            })
            .RequirePermission(Permissions.NetworkRead).WithName("ListPostalCodeTables").WithSummary("The loaded postal-code tables, one per country, cursor-paged")
            .ProducesValidationProblem();

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
            .RequirePermission(Permissions.NetworkRead).WithName("ResolvePostalCode")
            .WithSummary("What a postal code resolves to: the centroid an address with it and no coordinates is placed at")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPut("/{country}", async Task<Ok<PostalCodeTableResponse>> (string country, string? source, HttpRequest request,
                CommandBus bus, PostalCodeCache cache, CancellationToken ct) =>
            {
                var cc = PostalCodeFormat.Country(country);
                var from = QueryValues.Text(source, "source") ?? "upload";
                // Buffered (within the server's request size limit): the reader then never blocks on the network.
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body, ct);
                body.Position = 0;
                var csv = await PostalCodeCsv.ReadAsync(body, cc, ct);
                var loaded = await bus.SendAsync(new LoadPostalCodeTable(cc, csv, from), ActorHeader.From(request.HttpContext), ct);
                cache.Forget(cc);
                return TypedResults.Ok(loaded);
            })
            .Accepts<string>("text/csv")
            .ReadsActor().AcceptsUpload().RequirePermission(Permissions.NetworkWrite).WithName("LoadPostalCodeTable")
            .WithSummary("Load or replace a country's postal-code table from CSV (country,postalCode,latitude,longitude[,place]); "
                + "422 lists the bad rows")
            .ProducesProblem(422);
    }
}
