using Oms.Domain.Access;
using Oms.Server.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Inventory;

/// <summary>Goods on their way (purchase orders, transfers): pre-orders are promised against them; receiving adds stock.</summary>
public static class ExpectedReceiptsApi
{
    public static void MapExpectedReceiptsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/expected-receipts").WithTags("Inventory");

        g.MapPost("/", async Task<Created<ExpectedReceiptResponse>> (ExpectedReceiptRequest body, HttpContext http, CommandBus bus,
                CancellationToken ct) =>
            {
                var r = await bus.SendAsync(new ExpectReceipt(body.Location, body.Sku, body.Quantity, body.ExpectedAt, body.Reference),
                    ActorHeader.From(http), ct);
                return TypedResults.Created($"/api/expected-receipts/{r.Id}", ExpectedReceiptResponse.From(r));
            })
            .ReadsActor().RequirePermission(Permissions.StockWrite).WithName("AddExpectedReceipt")
            .WithSummary("Announce goods on their way to a location; pre-orders can be promised against them")
            .ProducesProblem(422);

        g.MapGet("/", async Task<Ok<CursorPage<ExpectedReceiptResponse>>> (string? sku, string? location, string? status, int? limit,
                string? cursor, HttpContext http, OmsDbContext db, CancellationToken ct) =>
            {
                var take = PageCursor.Limit(limit);
                var after = PageCursor.Parse(cursor);
                var q = db.ExpectedReceipts.AsNoTracking();
                if (http.Caller().Scope.Locations?.ToList() is { } reach) q = q.Where(r => reach.Contains(r.LocationCode));
                if (QueryValues.Text(sku, "sku") is { } s) q = q.Where(r => r.Sku == s);
                if (QueryValues.Text(location, "location") is { } l) q = q.Where(r => r.LocationCode == l);
                if (QueryValues.Enum<ReceiptStatus>(status, "status") is { } st) q = q.Where(r => r.Status == st);
                if (after is { } c) q = q.Where(r => r.ExpectedAt > c.At || (r.ExpectedAt == c.At && r.Id.CompareTo(c.Id) > 0));
                var rows = await q.OrderBy(r => r.ExpectedAt).ThenBy(r => r.Id).Take(take + 1).ToListAsync(ct);
                return TypedResults.Ok(PageCursor.Page(rows, take, r => new PageCursor(r.ExpectedAt, r.Id), ExpectedReceiptResponse.From));
            })
            .RequirePermission(Permissions.StockRead).WithName("ListExpectedReceipts").WithSummary("Expected receipts by SKU, location and status, earliest first, cursor-paged")
            .ProducesValidationProblem();

        g.MapPost("/{id:guid}/receive", async Task<Ok<ExpectedReceiptResponse>> (Guid id, ReceiveRequest? body, HttpContext http,
                CommandBus bus, CancellationToken ct)
                => TypedResults.Ok(ExpectedReceiptResponse.From(await bus.SendAsync(new ReceiveReceipt(id, body?.Quantity),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.StockWrite).WithName("ReceiveExpectedReceipt")
            .WithSummary("The goods arrived: on-hand goes up by the received quantity; orders promised against them are sourced first, " +
                "then other back-orders, oldest first")
            .ProducesProblem(404).ProducesProblem(409);

        g.MapPost("/{id:guid}/cancel", async Task<Ok<ExpectedReceiptResponse>> (Guid id, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(ExpectedReceiptResponse.From(await bus.SendAsync(new CancelReceipt(id), ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.StockWrite).WithName("CancelExpectedReceipt")
            .WithSummary("The goods will not come; lines promised against them stay back-ordered")
            .ProducesProblem(404).ProducesProblem(409);
    }
}
