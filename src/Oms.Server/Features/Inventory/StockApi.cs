using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.Hardening;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Inventory;

/// <summary>
/// Stock per SKU per location: available-to-promise, counts and corrections from fulfilment points, the journal of every
/// movement and the discrepancies a store should recount. Stock that went up is offered to waiting back-orders, and
/// lines whose units a count took are sourced again, right after the change commits.
/// </summary>
public static class StockApi
{
    public static void MapStockApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/stock").WithTags("Inventory");

        g.MapGet("/{sku}", async Task<Ok<AvailabilityResponse>> (string sku, HttpContext http, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await StockQueries.AvailabilityAsync(db, sku, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.StockRead).WithName("GetAvailability")
            .WithSummary("Available-to-promise of a SKU per location and for the whole network")
            .ProducesProblem(404);

        g.MapPut("/{location}/{sku}", async Task<Ok<AvailabilityResponse>> (string location, string sku, SetStockRequest body,
                HttpContext http, CommandBus bus, OmsDbContext db, CancellationToken ct) =>
            {
                if (body.OnHand is null or < 0 or > Limits.StockQuantity)
                    throw new BusinessRuleException("onHand", $"onHand is required, between 0 and {Limits.StockQuantity}.");
                await bus.SendAsync(new CountStock(location, [new StockCount(sku, body.OnHand.Value, body.SafetyStock)], body.Reason),
                    ActorHeader.From(http), ct);
                return TypedResults.Ok(await StockQueries.AvailabilityAsync(db, sku, http.Caller().Scope, ct));
            })
            .ReadsActor().RequirePermission(Permissions.StockWrite).WithName("SetStock")
            .WithSummary("A count: set a location's on-hand (and optionally its safety stock); lines promised more than was counted are " +
                "sourced again")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapPost("/{location}/{sku}/adjustments", async Task<Ok<AvailabilityResponse>> (string location, string sku,
                AdjustStockRequest body, HttpContext http, CommandBus bus, OmsDbContext db, CancellationToken ct) =>
            {
                if (body.Delta is null) throw new BusinessRuleException("delta", "delta is required and must not be zero.");
                await bus.SendAsync(new AdjustStock(location, sku, body.Delta.Value, body.Reason), ActorHeader.From(http), ct);
                return TypedResults.Ok(await StockQueries.AvailabilityAsync(db, sku, http.Caller().Scope, ct));
            })
            .ReadsActor().RequirePermission(Permissions.StockWrite).WithName("AdjustStock")
            .WithSummary("Add a delta to a location's on-hand (receipt, count correction, damage), with the reason the journal keeps")
            .ProducesProblem(404).ProducesProblem(422);

        g.MapGet("/movements", async Task<Ok<CursorPage<StockMovementResponse>>> (string? location, string? sku, int? limit, string? cursor,
                HttpContext http, OmsDbContext db, CancellationToken ct)
                    => TypedResults.Ok(await StockQueries.MovementsAsync(db, location, sku, limit, cursor, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.StockRead).WithName("ListStockMovements")
            .WithSummary("The stock journal: every change of on-hand or reserved, with quantity, reason, source, who and when; newest " +
                "first, cursor-paged")
            .ProducesValidationProblem();

        g.MapGet("/discrepancies", async Task<Ok<CursorPage<DiscrepancyResponse>>> (string? location, string? sku, string? status,
                int? limit, string? cursor, HttpContext http, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await StockQueries.DiscrepanciesAsync(db, location, sku, status, limit, cursor, http.Caller().Scope, ct)))
            .RequirePermission(Permissions.StockRead).WithName("ListStockDiscrepancies")
            .WithSummary("Where goods left that the books did not have (open by default): the location should recount; a count resolves " +
                "them")
            .ProducesValidationProblem();

        app.MapPut("/api/locations/{location}/stock", async Task<NoContent> (string location, StockSnapshotRequest body, HttpContext http,
                CommandBus bus, CancellationToken ct) =>
            {
                await bus.SendAsync(new CountStock(location, Snapshot.Counts(body), body.Reason), ActorHeader.From(http), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Inventory").ReadsActor().AcceptsUpload().RequirePermission(Permissions.StockWrite).WithName("SetStockSnapshot")
            .WithSummary("A fulfilment point's stock snapshot: absolute on-hand counts for the listed SKUs, in one transaction")
            .ProducesProblem(404).ProducesProblem(422);
    }
}
