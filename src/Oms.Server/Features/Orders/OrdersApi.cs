using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Customers;
using Oms.Server.Features.Payments;
using Oms.Server.Web;

namespace Oms.Server.Features.Orders;

public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/orders").WithTags("Orders");

        g.MapPost("/", async (CaptureOrderRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                HttpContext http, CaptureOrder handler, PaymentProcessor payments, CancellationToken ct) =>
            {
                var actor = string.IsNullOrWhiteSpace(http.Request.Headers[ActorHeader.Name]) ? (Actor?)null : ActorHeader.From(http);
                var result = await handler.HandleAsync(request, idempotencyKey, actor, ct);
                // The order is committed; now the provider is called, outside the transaction (a failure leaves it on a payment hold).
                // An order without payment instruments is paid outside the OMS and has nothing to settle.
                if (result.StatusCode == 201 && request.Payments is { Count: > 0 }) result = await payments.AfterCaptureAsync(result, ct);
                http.Response.Headers.Location = result.Location;
                return Results.Text(result.Body, "application/json", statusCode: result.StatusCode);
            })
            .WithName("CaptureOrder")
            .WithSummary("Capture an order from any channel")
            .WithDescription("Idempotent on the Idempotency-Key header and on channel + channelOrderId. 201 for a new order, 200 for a replay.")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .Produces<OrderResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        g.MapGet("/{idOrNumber}", async Task<Ok<OrderResponse>> (string idOrNumber, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(OrderResponse.From(await db.LoadAsync(idOrNumber, ct))))
            .WithName("GetOrder")
            .WithSummary("Get an order with its lines, fulfilment orders, shipments and timeline, by id or order number")
            .ProducesProblem(StatusCodes.Status404NotFound);

        g.MapGet("/", async Task<Ok<PagedResponse<OrderSummaryResponse>>> ([AsParameters] OrderSearch search, OmsDbContext db, PhoneNormalizer phones,
                CancellationToken ct) => TypedResults.Ok(await search.RunAsync(db, phones, ct)))
            .WithName("SearchOrders")
            .WithSummary("Search orders by status, channel, channel order id, customer e-mail or phone, and creation date; newest first, paged")
            .ProducesValidationProblem();

        g.MapPost("/{idOrNumber}/cancel", async Task<Ok<OrderResponse>> (string idOrNumber, CancelOrderRequest request, HttpContext http,
                OmsDbContext db, CommandRunner runner, PaymentProcessor payments, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadAsync(idOrNumber, token);
                    var now = clock.GetUtcNow().UtcDateTime;
                    var effects = order.Cancel(request.LineIds, request.Reason ?? "", now, actor);
                    await db.ApplyAsync(effects, now, token);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(await payments.SettleAsync(order.Id, ct)));
            })
            .WithName("CancelOrder")
            .WithSummary("Cancel the whole order, or the given lines, until they ship; reserved stock is released, an authorisation that can no longer be captured is voided")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return g;
    }
}

/// <summary>Which lines to cancel (none means the whole order) and why; the reason goes on the timeline.</summary>
public sealed record CancelOrderRequest(IReadOnlyList<Guid>? LineIds, string? Reason);

public sealed record OrderSearch(
    string? Status, string? Channel, string? ChannelOrderId, string? Email, string? Phone,
    DateTime? From, DateTime? To, int? Page, int? PageSize)
{
    public async Task<PagedResponse<OrderSummaryResponse>> RunAsync(OmsDbContext db, PhoneNormalizer phones, CancellationToken ct)
    {
        var page = Page ?? 1;
        var size = PageSize ?? 20;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page < 1) errors["page"] = ["page starts at 1."];
        if (size is < 1 or > 200) errors["pageSize"] = ["pageSize must be between 1 and 200."];
        var status = QueryValues.Enum<OrderStatus>(Status, "status");
        if (From > To) errors["from"] = ["from must not be after to."];
        if (errors.Count > 0)
            throw new FluentValidation.ValidationException(errors.SelectMany(e => e.Value.Select(m => new FluentValidation.Results.ValidationFailure(e.Key, m))));

        var q = db.Orders.AsNoTracking();
        if (status is { } st) q = q.Where(o => o.Status == st);
        if (!string.IsNullOrWhiteSpace(Channel)) q = q.Where(o => o.ChannelCode == Channel);
        if (!string.IsNullOrWhiteSpace(ChannelOrderId)) q = q.Where(o => o.ChannelOrderId == ChannelOrderId);
        if (!string.IsNullOrWhiteSpace(Email)) { var e = Email.Trim().ToLowerInvariant(); q = q.Where(o => o.CustomerEmail == e); }
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            // Stored in E.164 since capture normalises; the text as typed still finds an unreadable number (or an older row).
            var (e164, typed) = (phones.Normalize(Phone), Phone.Trim());
            q = q.Where(o => o.CustomerPhone == e164 || o.CustomerPhone == typed);
        }
        if (From is { } from) { var f = from.ToUniversalTime(); q = q.Where(o => o.CreatedAt >= f); }
        if (To is { } to) { var t = to.ToUniversalTime(); q = q.Where(o => o.CreatedAt <= t); }

        var total = await q.CountAsync(ct);
        var orders = await q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * size).Take(size).Include(o => o.Lines).ToListAsync(ct);
        return new PagedResponse<OrderSummaryResponse>([.. orders.Select(OrderSummaryResponse.From)], page, size, total);
    }
}
