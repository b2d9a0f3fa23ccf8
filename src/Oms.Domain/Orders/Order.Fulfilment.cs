using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Domain.Orders;

/// <summary>Events reported by the fulfilling location (WMS, 3PL, store) and the carrier.</summary>
public sealed partial class Order
{
    public void Release(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        EnsureNotHeld("be released to fulfilment");
        Advance(fo, ActiveLines(fo), LineAction.Release, "released to", now, actor);
        fo.MarkReleased(now);
        Refresh(now);
    }

    public void Pick(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        Advance(fo, ActiveLines(fo), LineAction.Pick, "picked at", now, actor);
        Refresh(now);
    }

    public void Pack(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        Advance(fo, ActiveLines(fo), LineAction.Pack, "packed at", now, actor);
        Refresh(now);
    }

    /// <summary>Ships the given lines of a fulfilment order (all its open lines when none are given) in one parcel.</summary>
    public (Shipment Shipment, IReadOnlyList<StockEffect> Effects) Ship(Guid fulfilmentOrderId, string carrier, string trackingNumber,
        IReadOnlyCollection<Guid>? lineIds, DateTime now, Actor actor)
    {
        carrier = Guard.NotEmpty(carrier, "carrier");
        trackingNumber = Guard.NotEmpty(trackingNumber, "trackingNumber");
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = lineIds is { Count: > 0 }
            ? lineIds.Distinct().Select(id => LineOf(fo, id)).ToList()
            : ActiveLines(fo).Where(l => l.Status != LineStatus.Shipped && l.Status != LineStatus.Delivered).ToList();
        Advance(fo, lines, LineAction.Ship, "shipped from", now, actor);
        var shipment = new Shipment(Guid.CreateVersion7(now), Id, fo.Id, carrier, trackingNumber, now);
        _shipments.Add(shipment);
        foreach (var line in lines) line.MarkShipped(shipment.Id);
        QueueCapture(lines, now);
        Record(now, actor, "shipment.created", $"Shipment {trackingNumber} with {carrier}: {lines.Count} line(s) from {fo.LocationCode}.");
        Refresh(now);
        return (shipment, lines.Select(l => new StockEffect(StockEffectKind.ConsumeReservation, fo.LocationCode, l.Sku, l.Quantity)).ToList());
    }

    public void Deliver(Guid shipmentId, DateTime now, Actor actor)
    {
        var shipment = _shipments.Find(s => s.Id == shipmentId) ?? throw new NotFoundException("Shipment", shipmentId.ToString());
        if (shipment.DeliveredAt is not null)
            throw new InvalidTransitionException($"shipment {shipment.TrackingNumber}", "Delivered", "Deliver");
        foreach (var line in _lines.Where(l => l.ShipmentId == shipmentId))
        {
            line.Apply(LineAction.Deliver);
            Record(now, actor, "line.delivered", $"Line {line.LineNumber} delivered (shipment {shipment.TrackingNumber}).", line.Id);
        }
        shipment.MarkDelivered(now);
        Refresh(now);
    }

    /// <summary>The store has staged the goods; the customer has until <paramref name="expiresAt"/> to collect.</summary>
    public void ReadyForPickup(Guid fulfilmentOrderId, DateTime expiresAt, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = ActiveLines(fo);
        Advance(fo, lines, LineAction.ReadyForPickup, "ready for pickup at", now, actor);
        foreach (var line in lines) line.SetPickupExpiry(expiresAt);
        Refresh(now);
    }

    public IReadOnlyList<StockEffect> Collect(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = ActiveLines(fo);
        Advance(fo, lines, LineAction.Collect, "collected at", now, actor);
        TakePaymentInStore(lines, fo.LocationCode, now, actor);
        QueueCapture(lines, now);
        QueueVoidIfSettled(now);
        Refresh(now);
        return lines.Select(l => new StockEffect(StockEffectKind.ConsumeReservation, fo.LocationCode, l.Sku, l.Quantity)).ToList();
    }

    /// <summary>Pickup lines whose collection window has passed: they expire and give their stock back.</summary>
    public IReadOnlyList<StockEffect> ExpirePickups(DateTime now, Actor actor)
    {
        var due = _lines.Where(l => l.Status == LineStatus.ReadyForPickup && l.PickupExpiresAt <= now).ToList();
        foreach (var line in due)
        {
            line.Apply(LineAction.ExpirePickup);
            Record(now, actor, "line.pickup-expired",
                $"Line {line.LineNumber} was not collected at {line.LocationCode} by {line.PickupExpiresAt:yyyy-MM-dd HH:mm} UTC; stock released.", line.Id);
        }
        if (due.Count > 0) QueueVoidIfSettled(now);
        if (due.Count > 0) Refresh(now);
        return due.Select(l => new StockEffect(StockEffectKind.ReleaseReservation, l.LocationCode!, l.Sku, l.Quantity)).ToList();
    }

    /// <summary>
    /// The location cannot fulfil the given lines (all open lines when none are given): their reservations are
    /// released and they go back to sourcing, which will not send them to this location again.
    /// </summary>
    public IReadOnlyList<StockEffect> Reject(Guid fulfilmentOrderId, IReadOnlyCollection<Guid>? lineIds, string reason, DateTime now, Actor actor)
    {
        reason = Guard.NotEmpty(reason, "reason");
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = lineIds is { Count: > 0 }
            ? lineIds.Distinct().Select(id => LineOf(fo, id)).ToList()
            : ActiveLines(fo).Where(l => l.Allows(LineAction.Reject)).ToList();
        if (lines.Count == 0)
            throw new InvalidTransitionException($"fulfilment order {fo.Number}", fo.Status.ToString(), "Reject", $"Fulfilment order {fo.Number} has no lines left to reject: it is {fo.Status}.");
        var refused = lines.FirstOrDefault(l => !l.Allows(LineAction.Reject));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), "Reject",
                $"Cannot reject line {refused.LineNumber} of fulfilment order {fo.Number}: it is {refused.Status}.");
        var effects = new List<StockEffect>();
        foreach (var line in lines)
        {
            effects.Add(new StockEffect(StockEffectKind.ReleaseReservation, fo.LocationCode, line.Sku, line.Quantity));
            line.Apply(LineAction.Reject);
            line.MarkRejected(fo.LocationCode);
            Record(now, actor, "line.rejected", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) rejected by {fo.LocationCode}: {reason}.", line.Id);
        }
        fo.MarkRejected(reason);
        Refresh(now);
        return effects;
    }

    /// <summary>Sourcing found no location left for a rejected line: a person must decide (exception queue).</summary>
    public void Escalate(Guid lineId, string reason, DateTime now, Actor actor)
    {
        var line = Line(lineId);
        line.Apply(LineAction.Escalate);
        Record(now, actor, "line.exception", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) moved to the exception queue: {reason}.", line.Id);
        Refresh(now);
    }

    private List<OrderLine> ActiveLines(FulfilmentOrder fo)
    {
        var lines = _lines.Where(l => l.FulfilmentOrderId == fo.Id && l.IsActive).ToList();
        return lines.Count > 0
            ? lines
            : throw new InvalidTransitionException($"fulfilment order {fo.Number}", fo.Status.ToString(), "change", $"Fulfilment order {fo.Number} has no open lines: it is {fo.Status}.");
    }

    private OrderLine LineOf(FulfilmentOrder fo, Guid lineId)
    {
        var line = Line(lineId);
        return line.FulfilmentOrderId == fo.Id
            ? line
            : throw new BusinessRuleException("lineIds", $"Line {line.LineNumber} is not part of fulfilment order {fo.Number}.");
    }

    /// <summary>Moves every line or none: the workflow is checked for all lines before any changes.</summary>
    private void Advance(FulfilmentOrder fo, IReadOnlyList<OrderLine> lines, LineAction action, string verb, DateTime now, Actor actor)
    {
        var refused = lines.FirstOrDefault(l => !l.Allows(action));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), action.ToString(),
                $"Cannot {action} line {refused.LineNumber} of fulfilment order {fo.Number}: it is {refused.Status}.");
        foreach (var line in lines)
        {
            var to = line.Apply(action);
            Record(now, actor, $"line.{to.ToString().ToLowerInvariant()}", $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) {verb} {fo.LocationCode}.", line.Id);
        }
    }
}
