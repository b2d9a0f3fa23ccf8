using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;
using Oms.Server.Features.Configuration;

namespace Oms.Server.Features.Availability;

public sealed record ChannelAvailabilityResponse(string Sku, string Channel, int AvailableToSell, IReadOnlyList<LocationAvailability> Locations);
public sealed record LocationAvailability(string Location, string Name, LocationType Type, int AvailableToSell, double? DistanceKm);

/// <summary>
/// The webshop's questions, cheap enough for every product page: how many can this channel sell, and which stores
/// near a point have it. Two indexed reads and arithmetic in memory.
/// </summary>
public static class AvailabilityApi
{
    public static void MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/availability/{sku}").WithTags("Availability");

        g.MapGet("/", async Task<Ok<ChannelAvailabilityResponse>> (string sku, string? channel, OmsDbContext db, CancellationToken ct) =>
            {
                var (code, positions) = await PositionsAsync(db, sku, channel, ct);
                var list = positions.Where(p => p.Ats > 0).OrderBy(p => p.Location.Code, StringComparer.Ordinal)
                    .Select(p => new LocationAvailability(p.Location.Code, p.Location.Name, p.Location.Type, p.Ats, null)).ToList();
                return TypedResults.Ok(new ChannelAvailabilityResponse(sku, code, list.Sum(l => l.AvailableToSell), list));
            })
            .WithName("GetChannelAvailability")
            .WithSummary("Available-to-sell of a SKU for a channel (its allocation applied), per location and in total")
            .ProducesProblem(404);

        g.MapGet("/stores", async Task<Ok<List<LocationAvailability>>> (string sku, double? latitude, double? longitude, string? channel,
                int? quantity, int? limit, double? maxKm, OmsDbContext db, CancellationToken ct) =>
            {
                if (latitude is null || longitude is null)
                    throw new BusinessRuleException("latitude", "latitude and longitude are required: which point should stores be near?");
                var here = new GeoPoint(latitude.Value, longitude.Value);
                var need = Guard.Positive(quantity ?? 1, "quantity");
                var (_, positions) = await PositionsAsync(db, sku, channel, ct);
                var stores = positions
                    .Where(p => p.Location.Type == LocationType.Store && p.Location.Can(LocationCapabilities.Pickup) && p.Ats >= need)
                    .Select(p => (p, km: here.DistanceKmTo(p.Location.Point)))
                    .Where(x => maxKm is null || x.km <= maxKm)
                    .OrderBy(x => x.km)
                    .Take(Math.Clamp(limit ?? 5, 1, 50))
                    .Select(x => new LocationAvailability(x.p.Location.Code, x.p.Location.Name, x.p.Location.Type, x.p.Ats, Math.Round(x.km, 1)))
                    .ToList();
                return TypedResults.Ok(stores);
            })
            .WithName("FindStoresWithStock")
            .WithSummary("Stores near a point that can hand over the SKU today: pickup stores with enough available-to-sell for the channel, nearest first")
            .ProducesProblem(404).ProducesProblem(422);
    }

    private static async Task<(string Channel, List<(Location Location, int Ats)> Positions)> PositionsAsync(OmsDbContext db, string sku, string? channel, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new NotFoundException("SKU", sku);
        var code = string.IsNullOrWhiteSpace(channel) ? "web" : channel.Trim();
        if (!await db.Channels.AnyAsync(c => c.Code == code, ct)) throw new BusinessRuleException("channel", $"Unknown channel '{code}'.");
        var allocation = await db.AllocationAsync(code, ct);
        var rows = await db.Stock.AsNoTracking().Where(s => s.Sku == sku)
            .Join(db.Locations.AsNoTracking(), s => s.LocationCode, l => l.Code, (s, l) => new { s, l }).ToListAsync(ct);
        return (code, rows.Where(r => r.l.Enabled).Select(r => (r.l, allocation.AvailableToSell(r.l, r.s.AvailableToPromise))).ToList());
    }
}
