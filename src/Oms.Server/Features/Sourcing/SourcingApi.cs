using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

public sealed record AllocateBackordersRequest(IReadOnlyList<string>? Skus);

/// <summary>Back-orders, the exception queue, and sourcing an order's waiting lines again.</summary>
public static class SourcingApi
{
    public static void MapSourcingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/backorders/allocate", async Task<Ok<BackorderRunResponse>> (AllocateBackordersRequest? body, BackorderAllocator allocator, CancellationToken ct)
                => TypedResults.Ok(await allocator.AllocateAsync(body?.Skus, ct)))
            .WithTags("Sourcing").WithName("AllocateBackorders")
            .WithSummary("Source back-ordered lines again, oldest order first (all SKUs, or the given ones); also runs when stock goes up");

        app.MapGet("/api/exception-queue", async Task<Ok<List<OrderSummaryResponse>>> (OmsDbContext db, CancellationToken ct) =>
            {
                var orders = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.Exception)
                    .OrderBy(o => o.CreatedAt).Take(500).Include(o => o.Lines).ToListAsync(ct);
                return TypedResults.Ok(orders.Select(OrderSummaryResponse.From).ToList());
            })
            .WithTags("Sourcing").WithName("ListExceptionQueue")
            .WithSummary("Orders with a line that every location rejected and that waits for a person, oldest first");

        app.MapPost("/api/orders/{idOrNumber}/source", async Task<Ok<OrderResponse>> (string idOrNumber, OmsDbContext db, CommandRunner runner,
                LineSourcer sourcer, TimeProvider clock, CancellationToken ct) =>
            {
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadAsync(idOrNumber, token);
                    await sourcer.SourceAsync(order, await sourcer.LocationsAsync(token), clock.GetUtcNow().UtcDateTime, token);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(order));
            })
            .WithTags("Sourcing").WithName("SourceOrder")
            .WithSummary("Source the order's waiting lines (back-ordered or in the exception queue) again now")
            .ProducesProblem(404);
    }
}
