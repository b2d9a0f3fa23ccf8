using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;

namespace Oms.Server.Features.Network;

/// <summary>The fulfilment network, the channels and the catalogue.</summary>
public static class ReferenceDataApi
{
    public static void MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/locations", async Task<Ok<List<LocationResponse>>> (string? type, OmsDbContext db, CancellationToken ct) =>
            {
                var q = db.Locations.AsNoTracking();
                if (QueryValues.Enum<LocationType>(type, "type") is { } t) q = q.Where(l => l.Type == t);
                return TypedResults.Ok((await q.OrderBy(l => l.Code).ToListAsync(ct)).Select(LocationResponse.From).ToList());
            })
            .WithTags("Network").WithName("ListLocations").WithSummary("DCs, stores, external DCs, drop-ship suppliers and carrier pickup points");

        app.MapGet("/api/locations/{code}", async Task<Ok<LocationResponse>> (string code, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(LocationResponse.From(await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, ct)
                    ?? throw new NotFoundException("Location", code))))
            .WithTags("Network").WithName("GetLocation").WithSummary("One location").ProducesProblem(404);

        app.MapGet("/api/channels", async Task<Ok<List<ChannelResponse>>> (OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await db.Channels.AsNoTracking().OrderBy(c => c.Code)
                    .Select(c => new ChannelResponse(c.Code, c.Name, c.Type, c.Currency, c.Enabled, c.AcceptsBackorders, c.AllowsAnonymousCustomer))
                    .ToListAsync(ct)))
            .WithTags("Channels").WithName("ListChannels").WithSummary("The sales channels that send orders");

        app.MapGet("/api/products", async Task<Ok<PagedResponse<ProductResponse>>> (string? search, int? page, int? pageSize, OmsDbContext db, CancellationToken ct) =>
            {
                var p = Math.Max(1, page ?? 1);
                var size = Math.Clamp(pageSize ?? 50, 1, 200);
                var q = db.Products.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(search)) q = q.Where(x => x.Sku.Contains(search) || x.Name.Contains(search));
                var total = await q.CountAsync(ct);
                var items = await q.OrderBy(x => x.Sku).Skip((p - 1) * size).Take(size)
                    .Select(x => new ProductResponse(x.Sku, x.Name, x.ListPrice, x.Currency, x.Active, x.Category)).ToListAsync(ct);
                return TypedResults.Ok(new PagedResponse<ProductResponse>(items, p, size, total));
            })
            .WithTags("Catalog").WithName("ListProducts").WithSummary("The catalogue, paged, optionally filtered by SKU or name");

        app.MapGet("/api/products/{sku}", async Task<Ok<ProductResponse>> (string sku, OmsDbContext db, CancellationToken ct) =>
            {
                var x = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct) ?? throw new NotFoundException("SKU", sku);
                return TypedResults.Ok(ProductResponse.From(x));
            })
            .WithTags("Catalog").WithName("GetProduct").WithSummary("One product").ProducesProblem(404);
    }
}
