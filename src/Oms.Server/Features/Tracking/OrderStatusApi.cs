using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Server.Core.Orders;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Features.Tracking;

/// <summary>
/// The customer's own order page without an account (<c>/track</c> in the console, or a webshop's page): an order number
/// with the order's e-mail address or a postal code it was sent to (<see cref="CustomerProof"/>). A wrong pair answers exactly
/// as an unknown number, and the endpoint is limited like sign-in (per address), so numbers cannot be tried in bulk.
/// </summary>
public static class OrderStatusApi
{
    public static void MapOrderStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/order-status", async Task<Ok<OrderStatusResponse>> (OrderStatusRequest body, OmsDbContext db, CancellationToken ct) =>
            {
                var order = await CustomerProof.OrderAsync(db, body.Number, body.Email, body.PostalCode, ct);
                var carriers = await db.Carriers.AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
                var pickupCodes = order.Lines.Where(l => l.PickupLocationCode is not null).Select(l => l.PickupLocationCode!).Distinct().ToList();
                var stores = await db.Locations.AsNoTracking().Where(l => pickupCodes.Contains(l.Code)).ToDictionaryAsync(l => l.Code, ct);
                var returns = await db.ReturnOrders.AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == order.Id).ToListAsync(ct);
                return TypedResults.Ok(new OrderStatusResponse(order.Number, order.Status, StatusWords.Of(order.Status), order.CreatedAt,
                    [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderStatusLine(l.LineNumber, l.Sku, l.Quantity, l.Status,
                        StatusWords.Of(l.Status)))],
                    [.. order.Shipments.OrderBy(s => s.ShippedAt).Select(s => new OrderStatusShipment(s.Carrier, s.TrackingNumber,
                        carriers.GetValueOrDefault(s.Carrier)?.TrackingUrl(s.TrackingNumber), s.ShippedAt, s.DeliveredAt,
                        [.. order.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.LineNumber).Order()]))],
                    [.. order.Lines.Where(l => l.PickupLocationCode is not null && l.Status != LineStatus.Cancelled)
                        .GroupBy(l => l.PickupLocationCode!).Select(g => Pickup(g.Key, stores.GetValueOrDefault(g.Key), [.. g]))],
                    [.. returns.OrderBy(r => r.CreatedAt).Select(r => Return(order, r))]));
            })
            .WithTags("Orders")
            .Public("An order number with its e-mail address or postal code shows only the status and tracking, as a parcel label does; "
                + "limited per address like sign-in.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("GetOrderStatus")
            .WithSummary("The customer's view of an order, without an account: its number with the e-mail address or a postal code it was "
                + "sent to; the status in plain words, each parcel's tracking, each pickup's store with its opening hours, and the "
                + "returns with their progress and refunds")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429);
    }

    private static OrderStatusPickup Pickup(string code, Location? store, List<OrderLine> lines)
        => new(code, store?.Name ?? code, lines.All(l => l.Status is LineStatus.ReadyForPickup or LineStatus.Collected),
            lines.Min(l => l.PickupExpiresAt), [.. lines.Select(l => l.LineNumber).Order()],
            store?.Address is { } a ? $"{a.Line1}, {a.PostalCode} {a.City}" : null,
            [.. (store?.OpeningHours.Periods ?? []).Select(p => new OrderStatusOpeningHours(OpeningHours.DayName(p.Day),
                p.Opens.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                p.Closes.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)))]);

    private static OrderStatusReturn Return(Order order, ReturnOrder r)
        => new(r.Number, r.Status, ReturnStatusWords.Of(r.Status), r.ReasonCode, r.CreatedAt,
            [.. r.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderStatusReturnLine(
                order.Lines.FirstOrDefault(o => o.Id == l.OrderLineId)?.LineNumber ?? 0, l.Sku, l.Quantity, l.ReceivedQuantity))],
            r.Currency, r.RefundDue, r.RefundedTotal, r.TrackingUrl, r.LabelUrl);
}
