using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Inventory;

public sealed record StockPositionResponse(string Location, string LocationType, int OnHand, int Reserved, int SafetyStock, int AvailableToPromise, DateTime UpdatedAt);
public sealed record AvailabilityResponse(string Sku, int OnHand, int Reserved, int AvailableToPromise, IReadOnlyList<StockPositionResponse> Locations);
public sealed record SetStockRequest(int? OnHand, int? SafetyStock);
public sealed record AdjustStockRequest(int? Delta, string? Reason);
public sealed record StockSnapshotRequest(IReadOnlyList<StockSnapshotLine>? Items);
public sealed record StockSnapshotLine(string? Sku, int? OnHand, int? SafetyStock);

/// <summary>
/// Stock per SKU per location: available-to-promise, absolute snapshots and deltas from fulfilment points.
/// Stock that may have gone up is offered to waiting back-orders right after the change commits.
/// </summary>
public static class StockApi
{
    public static void MapStockApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/stock").WithTags("Inventory");

        g.MapGet("/{sku}", async Task<Ok<AvailabilityResponse>> (string sku, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await AvailabilityAsync(db, sku, ct)))
            .WithName("GetAvailability")
            .WithSummary("Available-to-promise of a SKU per location and for the whole network")
            .ProducesProblem(404);

        g.MapPut("/{location}/{sku}", async Task<Ok<AvailabilityResponse>> (string location, string sku, SetStockRequest body,
                OmsDbContext db, CommandRunner runner, BackorderAllocator backorders, TimeProvider clock, CancellationToken ct) =>
            {
                if (body.OnHand is null) throw new BusinessRuleException("onHand", "onHand is required.");
                await runner.RunAsync(async token =>
                {
                    await EnsureKnownAsync(db, location, sku, token);
                    await db.SetAsync(location, sku, body.OnHand.Value, body.SafetyStock, clock.GetUtcNow().UtcDateTime, token);
                    return true;
                }, ct);
                await backorders.AllocateAsync([sku], ct);
                return TypedResults.Ok(await AvailabilityAsync(db, sku, ct));
            })
            .WithName("SetStock")
            .WithSummary("Set a location's on-hand count (an absolute snapshot) and optionally its safety stock")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPost("/{location}/{sku}/adjustments", async Task<Ok<AvailabilityResponse>> (string location, string sku, AdjustStockRequest body,
                OmsDbContext db, CommandRunner runner, BackorderAllocator backorders, TimeProvider clock, CancellationToken ct) =>
            {
                if (body.Delta is null or 0) throw new BusinessRuleException("delta", "delta is required and must not be zero.");
                await runner.RunAsync(async token =>
                {
                    await EnsureKnownAsync(db, location, sku, token);
                    await db.AdjustAsync(location, sku, body.Delta.Value, clock.GetUtcNow().UtcDateTime, token);
                    return true;
                }, ct);
                if (body.Delta > 0) await backorders.AllocateAsync([sku], ct);
                return TypedResults.Ok(await AvailabilityAsync(db, sku, ct));
            })
            .WithName("AdjustStock")
            .WithSummary("Add a delta to a location's on-hand count (receipt, count correction, damage)")
            .ProducesProblem(404).ProducesProblem(422);

        app.MapPut("/api/locations/{location}/stock", async Task<NoContent> (string location, StockSnapshotRequest body,
                OmsDbContext db, CommandRunner runner, BackorderAllocator backorders, TimeProvider clock, CancellationToken ct) =>
            {
                if (body.Items is not { Count: > 0 }) throw new BusinessRuleException("items", "items must list at least one SKU.");
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                for (var i = 0; i < body.Items.Count; i++)
                {
                    var it = body.Items[i];
                    if (string.IsNullOrWhiteSpace(it.Sku)) errors[$"items[{i}].sku"] = ["sku is required."];
                    if (it.OnHand is null or < 0) errors[$"items[{i}].onHand"] = ["onHand is required and must not be negative."];
                    if (it.SafetyStock is < 0) errors[$"items[{i}].safetyStock"] = ["safetyStock must not be negative."];
                }
                if (errors.Count > 0) throw new BusinessRuleException("The snapshot has invalid items.", errors);
                await runner.RunAsync(async token =>
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    foreach (var it in body.Items)
                    {
                        await EnsureKnownAsync(db, location, it.Sku!, token);
                        await db.SetAsync(location, it.Sku!, it.OnHand!.Value, it.SafetyStock, now, token);
                    }
                    return true;
                }, ct);
                await backorders.AllocateAsync([.. body.Items.Select(i => i.Sku!)], ct);
                return TypedResults.NoContent();
            })
            .WithTags("Inventory").WithName("SetStockSnapshot")
            .WithSummary("A fulfilment point's stock snapshot: absolute on-hand counts for the listed SKUs, in one transaction")
            .ProducesProblem(404).ProducesProblem(422);
    }

    public static async Task<AvailabilityResponse> AvailabilityAsync(OmsDbContext db, string sku, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new NotFoundException("SKU", sku);
        var rows = await db.Stock.AsNoTracking().Where(s => s.Sku == sku)
            .Join(db.Locations.AsNoTracking(), s => s.LocationCode, l => l.Code, (s, l) => new { s, l.Type })
            .ToListAsync(ct);
        var positions = rows.OrderBy(r => r.s.LocationCode, StringComparer.Ordinal)
            .Select(r => new StockPositionResponse(r.s.LocationCode, r.Type.ToString(), r.s.OnHand, r.s.Reserved, r.s.SafetyStock,
                r.s.AvailableToPromise, r.s.UpdatedAt))
            .ToList();
        return new AvailabilityResponse(sku, positions.Sum(p => p.OnHand), positions.Sum(p => p.Reserved),
            positions.Sum(p => p.AvailableToPromise), positions);
    }

    private static async Task EnsureKnownAsync(OmsDbContext db, string location, string sku, CancellationToken ct)
    {
        var loc = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == location, ct)
            ?? throw new NotFoundException("Location", location);
        if (!loc.HoldsStock) throw new BusinessRuleException("location", $"{location} is a carrier pickup point and holds no stock.");
        if (!await db.Products.AnyAsync(p => p.Sku == sku, ct)) throw new NotFoundException("SKU", sku);
    }
}
