using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Orders;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;

namespace Oms.Server.Features.Tracking;

/// <summary>
/// The customer's own order page without an account (<c>/track</c> in the console, or a webshop's page): an order number
/// with the order's e-mail address or a postal code it was sent to. A wrong pair answers exactly as an unknown number, and
/// the endpoint is limited like sign-in (per address), so numbers cannot be tried in bulk.
/// </summary>
public static class OrderStatusApi
{
    public static void MapOrderStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/order-status", async Task<Ok<OrderStatusResponse>> (OrderStatusRequest body, OmsDbContext db, CancellationToken ct) =>
            {
                Validate(body);
                var number = body.Number!.Trim().ToUpperInvariant();
                var order = await db.WithEverything().AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, ct);
                if (order is null || !Matches(order, body)) throw new NotFoundException("Order", number);
                var carriers = await db.Carriers.AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
                var pickupCodes = order.Lines.Where(l => l.PickupLocationCode is not null).Select(l => l.PickupLocationCode!).Distinct().ToList();
                var names = await db.Locations.AsNoTracking().Where(l => pickupCodes.Contains(l.Code)).ToDictionaryAsync(l => l.Code, l => l.Name, ct);
                return TypedResults.Ok(new OrderStatusResponse(order.Number, order.Status, StatusWords.Of(order.Status), order.CreatedAt,
                    [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => new OrderStatusLine(l.LineNumber, l.Sku, l.Quantity, l.Status,
                        StatusWords.Of(l.Status)))],
                    [.. order.Shipments.OrderBy(s => s.ShippedAt).Select(s => new OrderStatusShipment(s.Carrier, s.TrackingNumber,
                        carriers.GetValueOrDefault(s.Carrier)?.TrackingUrl(s.TrackingNumber), s.ShippedAt, s.DeliveredAt,
                        [.. order.Lines.Where(l => l.ShipmentId == s.Id).Select(l => l.LineNumber).Order()]))],
                    [.. order.Lines.Where(l => l.PickupLocationCode is not null && l.Status != LineStatus.Cancelled)
                        .GroupBy(l => l.PickupLocationCode!).Select(g => new OrderStatusPickup(g.Key, names.GetValueOrDefault(g.Key, g.Key),
                            g.All(l => l.Status is LineStatus.ReadyForPickup or LineStatus.Collected),
                            g.Min(l => l.PickupExpiresAt), [.. g.Select(l => l.LineNumber).Order()]))]));
            })
            .WithTags("Orders")
            .Public("An order number with its e-mail address or postal code shows only the status and tracking, as a parcel label does; "
                + "limited per address like sign-in.")
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("GetOrderStatus")
            .WithSummary("The customer's view of an order, without an account: its number with the e-mail address or a postal code it was "
                + "sent to; the status in plain words and each parcel's tracking")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429);
    }

    private static void Validate(OrderStatusRequest body)
    {
        var failures = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(body.Number)) failures.Add(new ValidationFailure("number", "Enter the order number."));
        else if (body.Number.Length > 64) failures.Add(new ValidationFailure("number", "An order number is at most 64 characters."));
        if (string.IsNullOrWhiteSpace(body.Email) && string.IsNullOrWhiteSpace(body.PostalCode))
            failures.Add(new ValidationFailure("email", "Enter the e-mail address of the order or the postal code it was sent to."));
        if (body.Email?.Length > 320 || body.PostalCode?.Length > 32)
            failures.Add(new ValidationFailure("postalCode", "That e-mail address or postal code is too long."));
        if (failures.Count > 0) throw new ValidationException(failures);
    }

    /// <summary>The e-mail address of the order (any case), or a postal code of its or its lines' addresses (spaces and case ignored).</summary>
    private static bool Matches(Order order, OrderStatusRequest body)
    {
        if (body.Email is { } email && !string.IsNullOrWhiteSpace(email) && order.CustomerEmail is { } stored
            && string.Equals(stored, email.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        if (body.PostalCode is not { } code || string.IsNullOrWhiteSpace(code)) return false;
        var wanted = Compact(code);
        return new[] { order.ShippingAddress, order.BillingAddress }.Concat(order.Lines.Select(l => l.ShippingAddress))
            .Any(a => a is not null && Compact(a.PostalCode) == wanted);
    }

    private static string Compact(string postalCode) => string.Concat(postalCode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
