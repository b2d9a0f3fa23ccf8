using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;
using Oms.Server.Web;

namespace Oms.Server.Features.Network;

/// <summary>The fulfilment network, the channels and the catalogue.</summary>
public static class ReferenceDataApi
{
    public static void MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/locations", async Task<Ok<CursorPage<LocationResponse>>> (string? type, int? limit, string? cursor,
                OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.Locations.AsNoTracking();
                if (QueryValues.Enum<LocationType>(type, "type") is { } t) q = q.Where(l => l.Type == t);
                if (after is not null) q = q.Where(l => string.Compare(l.Code, after) > 0);
                var rows = await q.OrderBy(l => l.Code).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, l => l.Code, LocationResponse.From));
            })
            .WithTags("Network").RequirePermission(Permissions.NetworkRead).WithName("ListLocations")
            .WithSummary("DCs, stores, external DCs, drop-ship suppliers and carrier pickup points, by code, cursor-paged")
            .ProducesValidationProblem();

        app.MapGet("/api/locations/{code}", async Task<Ok<LocationResponse>> (string code, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(LocationResponse.From(await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, ct)
                    ?? throw new NotFoundException("Location", code))))
            .WithTags("Network").RequirePermission(Permissions.NetworkRead).WithName("GetLocation").WithSummary("One location").ProducesProblem(404);

        app.MapGet("/api/channels", async Task<Ok<CursorPage<ChannelResponse>>> (int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.Channels.AsNoTracking();
                if (after is not null) q = q.Where(c => string.Compare(c.Code, after) > 0);
                var rows = await q.OrderBy(c => c.Code).Take(take + 1)
                    .Select(c => new ChannelResponse(c.Code, c.Name, c.Type, c.Currency, c.Enabled, c.AcceptsBackorders,
                        c.AllowsAnonymousCustomer))
                    .ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, c => c.Code, c => c));
            })
            .WithTags("Channels").RequirePermission(Permissions.NetworkRead).WithName("ListChannels").WithSummary("The sales channels that send orders, by code, cursor-paged")
            .ProducesValidationProblem();

        app.MapGet("/api/products", async Task<Ok<CursorPage<ProductResponse>>> (string? search, int? limit, string? cursor,
                OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = KeyCursor.Parse(cursor);
                var q = db.Products.AsNoTracking();
                if (QueryValues.Text(search, "search") is { } term) q = q.Where(x => x.Sku.Contains(term) || x.Name.Contains(term));
                if (after is not null) q = q.Where(x => string.Compare(x.Sku, after) > 0);
                var rows = await q.OrderBy(x => x.Sku).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(KeyCursor.Page(rows, take, x => x.Sku, ProductResponse.From));
            })
            .WithTags("Catalog").RequirePermission(Permissions.NetworkRead).WithName("ListProducts")
            .WithSummary("The catalogue by SKU, cursor-paged, optionally filtered by SKU or name")
            .ProducesValidationProblem();

        app.MapGet("/api/products/{sku}", async Task<Ok<ProductResponse>> (string sku, OmsDbContext db, CancellationToken ct) =>
            {
                var x = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct)
                    ?? throw new NotFoundException("SKU", sku);
                return TypedResults.Ok(ProductResponse.From(x));
            })
            .WithTags("Catalog").RequirePermission(Permissions.NetworkRead).WithName("GetProduct").WithSummary("One product").ProducesProblem(404);
    }
}
