using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Payments;

namespace Oms.Domain.Orders;

/// <summary>
/// Amendments before release: each puts the changed lines back to sourcing (the returned effects release their stock;
/// the caller sources them again in the same command) and recalculates the totals. The payments follow with
/// <see cref="RebalancePayments"/>. Once any line is released to a location, the order is refused (409): the
/// location may already be working on it.
/// </summary>
public sealed partial class Order
{
    /// <param name="tax">The line's new tax as the channel calculated it; null: the old tax pro rata.</param>
    public IReadOnlyList<StockEffect> ChangeQuantity(Guid lineId, int quantity, decimal? tax, DateTime now, Actor actor)
    {
        var line = AmendableLine(lineId, "change a quantity");
        if (quantity <= 0) throw new BusinessRuleException("quantity", "quantity must be greater than zero; remove the line instead.");
        if (tax < 0) throw new BusinessRuleException("tax", "tax must not be negative.");
        if (quantity == line.Quantity)
            throw new BusinessRuleException("quantity", $"Line {line.LineNumber} already has {quantity} unit(s).");
        var effects = Unsource(line);
        var before = line.Quantity;
        line.Resize(quantity, tax);
        return Amended(effects, $"Line {line.LineNumber} ({line.Sku}): quantity {before} → {quantity}.", now, actor, line.Id);
    }

    public IReadOnlyList<StockEffect> AddLine(NewOrderLine spec, DateTime now, Actor actor)
    {
        EnsureAmendable("add a line");
        if (spec.DeliveryMethod == DeliveryMethod.CarryOut)
            throw new BusinessRuleException("deliveryMethod", "A carry-out line cannot be added to an existing order.");
        if (spec.DeliveryMethod == DeliveryMethod.ShipToAddress && spec.ShippingAddress is null && ShippingAddress is null)
            throw new BusinessRuleException("shippingAddress",
                "The new line is shipped to an address, but neither the line nor the order gives one.");
        if (spec.DeliveryMethod is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint
            && string.IsNullOrWhiteSpace(spec.PickupLocation))
            throw new BusinessRuleException("pickupLocation", "The new line is picked up, but names no pickup location.");
        var line = new OrderLine(Ids.Next(now), _lines.Max(l => l.LineNumber) + 1, spec);
        _lines.Add(line);
        return Amended([], $"Line {line.LineNumber} added: {line.Quantity} × {line.Sku}.", now, actor, line.Id);
    }

    public IReadOnlyList<StockEffect> RemoveLine(Guid lineId, DateTime now, Actor actor)
    {
        var line = AmendableLine(lineId, "remove a line");
        if (_lines.Count(l => l.IsActive) == 1)
            throw new BusinessRuleException("lineId", $"Line {line.LineNumber} is the order's last line: cancel the order instead.");
        var effects = Cancel([lineId], "removed by an amendment", now, actor);
        return Amended(effects, $"Line {line.LineNumber} ({line.Sku}) removed.", now, actor, line.Id);
    }

    /// <summary>
    /// The order's address; lines shipped to it (not to an address of their own) are sourced again for the new destination.
    /// </summary>
    public IReadOnlyList<StockEffect> ChangeShippingAddress(Address address, DateTime now, Actor actor)
    {
        EnsureAmendable("change the shipping address");
        ShippingAddress = address;
        var effects = _lines.Where(l => l.IsActive && l.DeliveryMethod == DeliveryMethod.ShipToAddress && l.ShippingAddress is null)
            .SelectMany(Unsource).ToList();
        return Amended(effects, $"Shipping address changed to {address.PostalCode} {address.City} ({address.Country}).", now, actor);
    }

    public IReadOnlyList<StockEffect> ChangeDeliveryMethod(Guid lineId, DeliveryMethod method, string? pickupLocation, Address? address,
        DateTime now, Actor actor)
    {
        var line = AmendableLine(lineId, "change the delivery method");
        if (method == DeliveryMethod.CarryOut)
            throw new BusinessRuleException("deliveryMethod", "A line cannot become a carry-out after the sale.");
        if (method is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint && string.IsNullOrWhiteSpace(pickupLocation))
            throw new BusinessRuleException("pickupLocation", "A pickup needs a pickup location.");
        if (method == DeliveryMethod.ShipToAddress && address is null && ShippingAddress is null)
            throw new BusinessRuleException("shippingAddress", "Shipping to an address needs an address, on the line or on the order.");
        var effects = Unsource(line);
        line.ChangeDelivery(method, method == DeliveryMethod.ShipToAddress ? null : pickupLocation,
            method == DeliveryMethod.ShipToAddress ? address : null);
        return Amended(effects,
            $"Line {line.LineNumber} ({line.Sku}): delivery method now " +
                $"{method}{(pickupLocation is null ? "" : $" at {pickupLocation}")}.", now, actor, line.Id);
    }

    /// <summary>
    /// Brings the payments in line with the total after an amendment. More to pay: a further authorisation on the
    /// last instrument's method and token, for the difference (the order waits on a payment hold until it is approved).
    /// Less to pay: whole instruments no longer needed are voided at once, last first; an excess smaller than an
    /// instrument stays authorised and is voided once nothing more can ship (captures never exceed shipped value).
    /// Nothing has been captured before release, so a decrease never needs a refund.
    /// </summary>
    public void RebalancePayments(DateTime now, Actor actor)
    {
        // An instrument held back by a review has no transaction yet: it will be authorised for its whole amount.
        decimal Cover(OrderPayment p)
            => p.Transactions.Count == 0 ? p.Amount : p.Capturable + p.Pending(PaymentOperation.Authorise).Sum(t => t.Amount);
        var live = _payments.OrderBy(p => p.Sequence).Where(p => p.IsLive && Cover(p) > 0).ToList();
        if (live.Count == 0) return;
        decimal Covered() => live.Sum(Cover);
        var difference = Total.Amount - Covered();
        if (difference > 0)
        {
            var last = live[^1];
            AddPayment(last.Method, last.Provider, last.Token, difference, now, actor);
            return;
        }
        foreach (var p in live.AsEnumerable().Reverse().ToList())
        {
            var open = p.Capturable;
            if (open <= 0 || p.Pending(PaymentOperation.Authorise).Any() || Covered() - open < Total.Amount) continue;
            p.Queue(PaymentOperation.Void, open, now, "no longer needed after an amendment");
            live.Remove(p);
        }
    }

    private OrderLine AmendableLine(Guid lineId, string what)
    {
        EnsureAmendable(what);
        var line = Line(lineId);
        return line.IsActive ? line : throw new InvalidTransitionException($"line {line.LineNumber}", line.Status.ToString(), "Amend",
            $"Line {line.LineNumber} is {line.Status}: it cannot be amended.");
    }

    private void EnsureAmendable(string what)
    {
        if (Status == OrderStatus.Cancelled)
            throw new InvalidTransitionException($"order {Number}", Status.ToString(), "Amend",
                $"Order {Number} is cancelled: it cannot {what}.");
        var released = _lines.FirstOrDefault(l => l.IsActive
            && l.Status is not (LineStatus.Created or LineStatus.Backordered or LineStatus.Allocated or LineStatus.Exception));
        if (released is not null)
            throw new InvalidTransitionException($"order {Number}", Status.ToString(), "Amend",
                $"Order {Number} cannot {what}: line {released.LineNumber} is already {released.Status} (amendments are possible only " +
                    "before release).");
    }

    private List<StockEffect> Unsource(OrderLine line)
    {
        var effects = new List<StockEffect>();
        if (line.HoldsReservation)
            effects.Add(new StockEffect(StockEffectKind.ReleaseReservation, line.LocationCode!, line.Sku, line.Quantity));
        if (line.DropPromise() is { } promise) effects.Add(promise);
        line.Unsource();
        return effects;
    }

    private IReadOnlyList<StockEffect> Amended(IReadOnlyList<StockEffect> effects, string message, DateTime now, Actor actor,
        Guid? lineId = null)
    {
        Record(now, actor, "order.amended", $"{message} New total {Total}.", lineId);
        Refresh(now);
        return effects;
    }
}
