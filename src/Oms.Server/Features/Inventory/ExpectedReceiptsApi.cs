using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Inventory;

public sealed record ExpectedReceiptRequest(string? Location, string? Sku, int? Quantity, DateTime? ExpectedAt, string? Reference);
public sealed record ReceiveRequest(int? Quantity);
public sealed record ExpectedReceiptResponse(Guid Id, string Location, string Sku, int Quantity, int Promised, DateTime ExpectedAt,
    string Reference, ReceiptStatus Status, DateTime? ReceivedAt, int? ReceivedQuantity)
{
    public static ExpectedReceiptResponse From(ExpectedReceipt r) => new(r.Id, r.LocationCode, r.Sku, r.Quantity, r.Promised, r.ExpectedAt,
        r.Reference, r.Status, r.ReceivedAt, r.ReceivedQuantity);
}

/// <summary>Goods on their way (purchase orders, transfers): pre-orders are promised against them; receiving adds stock.</summary>
public static class ExpectedReceiptsApi
{
    public static void MapExpectedReceiptsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/expected-receipts").WithTags("Inventory");

        g.MapPost("/", async Task<Created<ExpectedReceiptResponse>> (ExpectedReceiptRequest body, OmsDbContext db, CommandRunner runner,
                TimeProvider clock, CancellationToken ct) =>
            {
                var receipt = await runner.RunAsync(async token =>
                {
                    var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                    if (body.ExpectedAt is null) errors["expectedAt"] = ["expectedAt is required."];
                    if (body.Location is null || !await db.Locations.AnyAsync(l => l.Code == body.Location, token)) errors["location"] = [$"Unknown location '{body.Location}'."];
                    if (body.Sku is null || !await db.Products.AnyAsync(p => p.Sku == body.Sku, token)) errors["sku"] = [$"Unknown SKU '{body.Sku}'."];
                    if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
                    var now = clock.GetUtcNow().UtcDateTime;
                    var r = new ExpectedReceipt(Guid.CreateVersion7(now), body.Location!, body.Sku!, body.Quantity ?? 0,
                        body.ExpectedAt!.Value.ToUniversalTime(), body.Reference ?? "", now);
                    db.ExpectedReceipts.Add(r);
                    return r;
                }, ct);
                return TypedResults.Created($"/api/expected-receipts/{receipt.Id}", ExpectedReceiptResponse.From(receipt));
            })
            .WithName("AddExpectedReceipt").WithSummary("Announce goods on their way to a location; pre-orders can be promised against them")
            .ProducesProblem(422);

        g.MapGet("/", async Task<Ok<List<ExpectedReceiptResponse>>> (string? sku, string? location, string? status, OmsDbContext db, CancellationToken ct) =>
            {
                var q = db.ExpectedReceipts.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(sku)) q = q.Where(r => r.Sku == sku);
                if (!string.IsNullOrWhiteSpace(location)) q = q.Where(r => r.LocationCode == location);
                if (QueryValues.Enum<ReceiptStatus>(status, "status") is { } s) q = q.Where(r => r.Status == s);
                var list = await q.OrderBy(r => r.ExpectedAt).Take(500).ToListAsync(ct);
                return TypedResults.Ok(list.Select(ExpectedReceiptResponse.From).ToList());
            })
            .WithName("ListExpectedReceipts").WithSummary("Expected receipts by SKU, location and status, earliest first");

        g.MapPost("/{id:guid}/receive", async Task<Ok<ExpectedReceiptResponse>> (Guid id, ReceiveRequest? body, OmsDbContext db, CommandRunner runner,
                BackorderAllocator backorders, TimeProvider clock, CancellationToken ct) =>
            {
                var receipt = await runner.RunAsync(async token =>
                {
                    var r = await db.ExpectedReceipts.FirstOrDefaultAsync(x => x.Id == id, token) ?? throw new NotFoundException("Expected receipt", id.ToString());
                    var now = clock.GetUtcNow().UtcDateTime;
                    r.Receive(body?.Quantity, now);
                    if (r.ReceivedQuantity > 0) await db.AdjustAsync(r.LocationCode, r.Sku, r.ReceivedQuantity.Value, now, token);
                    return r;
                }, ct);
                await backorders.AllocateAsync([receipt.Sku], ct, receipt.Id);
                return TypedResults.Ok(ExpectedReceiptResponse.From(receipt));
            })
            .WithName("ReceiveExpectedReceipt")
            .WithSummary("The goods arrived: on-hand goes up by the received quantity; orders promised against them are sourced first, then other back-orders, oldest first")
            .ProducesProblem(404).ProducesProblem(409);

        g.MapPost("/{id:guid}/cancel", async Task<Ok<ExpectedReceiptResponse>> (Guid id, OmsDbContext db, CommandRunner runner, CancellationToken ct) =>
            {
                var receipt = await runner.RunAsync(async token =>
                {
                    var r = await db.ExpectedReceipts.FirstOrDefaultAsync(x => x.Id == id, token) ?? throw new NotFoundException("Expected receipt", id.ToString());
                    r.Cancel();
                    return r;
                }, ct);
                return TypedResults.Ok(ExpectedReceiptResponse.From(receipt));
            })
            .WithName("CancelExpectedReceipt").WithSummary("The goods will not come; lines promised against them stay back-ordered")
            .ProducesProblem(404).ProducesProblem(409);
    }
}
