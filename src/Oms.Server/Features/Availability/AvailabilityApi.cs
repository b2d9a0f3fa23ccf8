using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;
using Microsoft.Extensions.Options;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Server.Core;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Sourcing;
using Oms.Server.Core.Stock;
using Oms.Server.Web;

namespace Oms.Server.Features.Availability;

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
            .RequirePermission(Permissions.NetworkRead).WithName("GetChannelAvailability")
            .WithSummary("Available-to-sell of a SKU for a channel (its allocation applied), per location and in total")
            .ProducesProblem(404);

        g.MapGet("/stores", async Task<Ok<List<LocationAvailability>>> (string sku, double? latitude, double? longitude, string? postalCode,
                string? country, string? channel, int? quantity, int? limit, OmsDbContext db, PostalCodeGeocoder geocoder,
                IOptions<OmsOptions> options, CancellationToken ct) =>
            {
                var here = await geocoder.PointAsync(latitude, longitude, QueryValues.Text(postalCode, "postalCode", 20),
                    QueryValues.Text(country, "country", 2), ct);
                var need = quantity ?? 1;
                if (need is < 1 or > 100_000) throw QueryValues.Invalid("quantity", "quantity must be between 1 and 100000.");
                var (code, _) = await PositionsAsync(db, sku, channel, ct);
                var (rules, _) = await SourcingRuleSets.ResolveAsync(db, code, DeliveryMethod.PickupInStore, ct);
                var locations = await LineSourcer.LocationsAsync(db, ct);
                var stock = await LineSourcer.StoredStockAsync(db, [sku], await db.AllocationAsync(code, ct), locations, ct);
                var offered = PickupStoreFinder.Find(rules, code, here, sku, need, stock, options.Value.Sourcing.CentralLocation);
                return TypedResults.Ok(offered.Take(Math.Clamp(limit ?? 10, 1, 50)).Select(c => locations[c.LocationCode])
                    .Select(l => new LocationAvailability(l.Code, l.Name, l.Type,
                        offered.First(c => c.LocationCode == l.Code).AvailableToPromise,
                        Math.Round(here.DistanceKmTo(l.Point), 1)))
                    .ToList());
            })
            .RequirePermission(Permissions.NetworkRead).WithName("FindStoresWithStock")
            .WithSummary("Stores near a point (latitude and longitude, or postalCode and country) that can hand over the SKU: the " +
                "channel's pickup rule set applied (e.g. at least 2 units, the 3 nearest, never the smallest stores), best first")
            .ProducesProblem(404).ProducesProblem(422);
    }

    private static async Task<(string Channel, List<(Location Location, int Ats)> Positions)> PositionsAsync(OmsDbContext db, string sku,
        string? channel, CancellationToken ct)
    {
        // No statement for a SKU read within the last second: its stock rows come from the stock position cache (dropped at
        // once by this node's own stock changes), channels and locations from the reference cache; whether the SKU
        // exists is asked only when it has no stock rows (and never cached, so a new product shows at once).
        var stock = await StockPositionCache.For(db).GetAsync(db, sku, ct);
        if (stock.Count == 0 && !await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new NotFoundException("SKU", sku);
        var code = QueryValues.Text(channel, "channel", 50) ?? "web";
        var reference = await ReferenceCache.For(db).GetAsync(db, ct);
        if (!reference.Channels.ContainsKey(code)) throw new BusinessRuleException("channel", $"Unknown channel '{code}'.");
        var allocation = await db.AllocationAsync(code, ct);
        return (code, stock.Select(s => (Location: reference.Locations.GetValueOrDefault(s.LocationCode), s.AvailableToPromise))
            .Where(r => r.Location is { Enabled: true })
            .Select(r => (r.Location!, allocation.AvailableToSell(r.Location!, r.AvailableToPromise))).ToList());
    }
}
