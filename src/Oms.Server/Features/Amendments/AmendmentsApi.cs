using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Amendments;

/// <summary>
/// Order amendments before release, one per request and one command each: the changed lines give back their stock
/// and are sourced again, totals follow, and the payment difference is authorised or released (after the commit).
/// </summary>
public static class AmendmentsApi
{
    public static void MapAmendmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{idOrNumber}/amendments", async Task<Ok<OrderResponse>> (string idOrNumber, AmendOrderRequest body, HttpContext http,
                OmsDbContext db, CommandRunner runner, LineSourcer sourcer, PaymentProcessor payments, TimeProvider clock,
                Geocoding.PostalCodeGeocoder geocoder, CancellationToken ct) =>
            {
                var check = new AmendOrderValidator().Validate(body);
                if (!check.IsValid) throw new ValidationException(check.Errors);
                var actor = ActorHeader.From(http);
                var order = await runner.RunAsync(async token =>
                {
                    var order = await db.LoadAsync(idOrNumber, token);
                    var now = clock.GetUtcNow().UtcDateTime;
                    var locations = await sourcer.LocationsAsync(token);
                    await CheckReferencesAsync(db, body, locations, token);
                    await db.ApplyAsync(Apply(order, body, now, actor), now, token);
                    await geocoder.GeocodeAsync(order, now, token);
                    await sourcer.SourceAsync(order, locations, now, token);
                    order.RebalancePayments(now, actor);
                    return order;
                }, ct);
                return TypedResults.Ok(OrderResponse.From(await payments.SettleAsync(order.Id, ct)));
            })
            .WithTags("Orders").WithName("AmendOrder")
            .WithSummary("Amend an order before release: change a quantity, add or remove a line, change the shipping address or a line's delivery method; 409 after release")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    private static IReadOnlyList<StockEffect> Apply(Order order, AmendOrderRequest r, DateTime now, Actor actor) => r.Type switch
    {
        AmendmentType.ChangeQuantity => order.ChangeQuantity(r.LineId!.Value, r.Quantity!.Value, r.Tax, now, actor),
        AmendmentType.AddLine => order.AddLine(new NewOrderLine(r.Line!.Sku!.Trim(), r.Line.Quantity!.Value, r.Line.UnitPrice!.Value, r.Line.Discount ?? 0,
            r.Line.Tax ?? 0, r.Line.DeliveryMethod!.Value, r.Line.PickupLocation?.Trim(), r.Line.ShippingAddress?.ToAddress()), now, actor),
        AmendmentType.RemoveLine => order.RemoveLine(r.LineId!.Value, now, actor),
        AmendmentType.ChangeShippingAddress => order.ChangeShippingAddress(r.ShippingAddress!.ToAddress(), now, actor),
        _ => order.ChangeDeliveryMethod(r.LineId!.Value, r.DeliveryMethod!.Value, r.PickupLocation?.Trim(), r.ShippingAddress?.ToAddress(), now, actor),
    };

    /// <summary>An unknown SKU or a pickup location that is not a pickup point is the caller's mistake: 422 naming the field.</summary>
    private static async Task CheckReferencesAsync(OmsDbContext db, AmendOrderRequest r, IReadOnlyDictionary<string, Location> locations, CancellationToken ct)
    {
        if (r.Type == AmendmentType.AddLine && !await db.Products.AnyAsync(p => p.Sku == r.Line!.Sku!.Trim() && p.Active, ct))
            throw new BusinessRuleException("line.sku", $"Unknown SKU '{r.Line!.Sku}'.");
        var (pickup, method, field) = r.Type == AmendmentType.AddLine
            ? (r.Line!.PickupLocation, r.Line.DeliveryMethod, "line.pickupLocation")
            : (r.PickupLocation, r.DeliveryMethod, "pickupLocation");
        if (pickup is null || method is not (DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint)) return;
        var need = method == DeliveryMethod.CarrierPickupPoint ? LocationType.CarrierPickupPoint : LocationType.Store;
        if (!locations.TryGetValue(pickup.Trim(), out var loc))
            throw new BusinessRuleException(field, $"Unknown location '{pickup}'.");
        if (loc.Type != need || (need == LocationType.Store && !loc.Can(LocationCapabilities.Pickup)))
            throw new BusinessRuleException(field, $"{loc.Code} is not a place where this line can be picked up.");
    }
}
