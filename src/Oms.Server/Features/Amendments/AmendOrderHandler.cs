using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Amendments;

/// <summary>
/// One amendment before release: the changed lines give back their stock and are sourced again (once the workflow has
/// reached sourcing), totals follow, and the payment difference is authorised or released after the commit.
/// </summary>
internal sealed class AmendOrderHandler(LineSourcer sourcer, PostalCodeGeocoder geocoder) : ICommandHandler<AmendOrder, Order>
{
    public async Task<Order> HandleAsync(AmendOrder command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Amendment;
        new AmendOrderValidator().ValidateAndThrow(body);
        var order = await ctx.OrderAsync(command.Order, ct);
        if (body.Type == AmendmentType.AddLine && body.Line!.Currency is { } currency && !string.Equals(currency.Trim(), order.Currency, StringComparison.OrdinalIgnoreCase))
            throw new BusinessRuleException("line.currency", $"The new line is in {currency}, but order {order.Number} is in {order.Currency}.");
        var locations = await LineSourcer.LocationsAsync(ctx.Db, ct);
        await CheckReferencesAsync(ctx.Db, body, locations, ct);
        ctx.Apply(order, Apply(order, body, ctx.Now, ctx.Actor), "amended");
        if (order.Lines.Count > Limits.Lines) throw new BusinessRuleException("line", $"An order has at most {Limits.Lines} lines.");
        if (order.Total.Amount > Limits.OrderTotal)
            throw new BusinessRuleException(body.Type == AmendmentType.AddLine ? "line" : "quantity",
                $"The amended order total {order.Total} is beyond what the OMS accepts ({new Money(Limits.OrderTotal, order.Currency)}).");
        await geocoder.GeocodeAsync(order, ctx.Now, ct);
        if (order.SourcingReached) await sourcer.SourceAsync(order, ctx, ct);
        order.RebalancePayments(ctx.Now, ctx.Actor);
        return order;
    }

    private static IReadOnlyList<StockEffect> Apply(Order order, AmendOrderRequest r, DateTime now, Actor actor) => r.Type switch
    {
        AmendmentType.ChangeQuantity => order.ChangeQuantity(r.LineId!.Value, r.Quantity!.Value, r.Tax, now, actor),
        AmendmentType.AddLine => order.AddLine(new NewOrderLine(r.Line!.Sku!.Trim(), r.Line.Quantity!.Value, r.Line.UnitPrice!.Value, r.Line.Discount ?? 0,
            r.Line.Tax ?? 0, r.Line.DeliveryMethod!.Value, r.Line.PickupLocation?.Trim(), r.Line.ShippingAddress?.ToAddress()), now, actor),
        AmendmentType.RemoveLine => order.RemoveLine(r.LineId!.Value, now, actor),
        AmendmentType.ChangeShippingAddress => order.ChangeShippingAddress(r.ShippingAddress!.ToAddress(), now, actor),
        AmendmentType.ChangeDeliveryMethod => order.ChangeDeliveryMethod(r.LineId!.Value, r.DeliveryMethod!.Value, r.PickupLocation?.Trim(),
            r.ShippingAddress?.ToAddress(), now, actor),
        _ => throw new BusinessRuleException("type", $"Unknown amendment type {r.Type}."),
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
