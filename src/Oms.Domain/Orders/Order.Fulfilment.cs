using Oms.Domain.Common;
using Oms.Domain.Inventory;

namespace Oms.Domain.Orders;

/// <summary>
/// Events reported by the fulfilling location (WMS, 3PL, store) and the carrier. Systems resend events: an event that
/// restates what already happened (a second "released", a delivery reported twice) is accepted and changes nothing;
/// only an event that contradicts the state (picking a cancelled line, shipping lines already shipped under another
/// tracking number) is refused.
/// </summary>
public sealed partial class Order
{
    public void Release(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = Outstanding(fo, LineAction.Release);
        if (lines.Count == 0) return;
        EnsureNotHeld("be released to fulfilment");
        Advance(fo, lines, LineAction.Release, "released to", now, actor);
        fo.MarkReleased(now);
        Refresh(now);
    }

    public void Pick(Guid fulfilmentOrderId, DateTime now, Actor actor)
        => Step(fulfilmentOrderId, LineAction.Pick, "picked at", now, actor);

    public void Pack(Guid fulfilmentOrderId, DateTime now, Actor actor)
        => Step(fulfilmentOrderId, LineAction.Pack, "packed at", now, actor);

    /// <summary>
    /// Ships the given lines of a fulfilment order (all its open lines when none are given) in one parcel. A resend of a
    /// shipment already recorded (same tracking number) answers with that shipment and changes nothing. Without a tracking
    /// number the fulfilment order's label gives it (and the carrier, when none is named).
    /// </summary>
    public (Shipment Shipment, IReadOnlyList<StockEffect> Effects) Ship(Guid fulfilmentOrderId, string carrier, string trackingNumber,
        IReadOnlyCollection<Guid>? lineIds, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        if (string.IsNullOrWhiteSpace(trackingNumber) && fo.Label is { } label)
        {
            // The parcel carries the label the carrier made for it: the ship call need not repeat it.
            trackingNumber = label.TrackingNumber;
            if (string.IsNullOrWhiteSpace(carrier)) carrier = label.Carrier;
        }
        carrier = Guard.NotEmpty(carrier, "carrier");
        trackingNumber = Guard.NotEmpty(trackingNumber, "trackingNumber");
        var named = lineIds is { Count: > 0 } ? lineIds.Distinct().Select(id => LineOf(fo, id)).ToList() : ActiveLines(fo);
        var shipped = named.Where(l => l.ShipmentId is not null).ToList();
        foreach (var line in shipped)
        {
            var earlier = _shipments.Find(s => s.Id == line.ShipmentId)!;
            if (!string.Equals(earlier.TrackingNumber, trackingNumber, StringComparison.OrdinalIgnoreCase))
                throw new InvalidTransitionException($"line {line.LineNumber}", line.Status.ToString(), "Ship",
                    $"Line {line.LineNumber} of fulfilment order {fo.Number} already shipped as {earlier.TrackingNumber} with " +
                        $"{earlier.Carrier}; it cannot ship again as {trackingNumber}.");
        }
        var lines = named.Where(l => l.ShipmentId is null).ToList();
        if (lines.Count == 0)
        {
            // Every line already left in this parcel: the carrier or WMS resent the event.
            return (_shipments.Find(s => s.Id == shipped[0].ShipmentId)!, []);
        }
        Advance(fo, lines, LineAction.Ship, "shipped from", now, actor);
        var shipment = _shipments.Find(s => s.FulfilmentOrderId == fo.Id
            && string.Equals(s.TrackingNumber, trackingNumber, StringComparison.OrdinalIgnoreCase))
            ?? AddShipment(fo, carrier, trackingNumber, now);
        foreach (var line in lines) line.MarkShipped(shipment.Id);
        QueueCapture(lines, now);
        Record(now, actor, "shipment.created", $"Shipment {trackingNumber} with {carrier}: {lines.Count} line(s) from {fo.LocationCode}.",
            null, shipment.Id);
        Refresh(now);
        return (shipment, lines.Select(l => new StockEffect(StockEffectKind.ConsumeReservation, fo.LocationCode, l.Sku, l.Quantity))
            .ToList());
    }

    /// <summary>The carrier delivered the parcel; a repeated delivery report changes nothing.</summary>
    public void Deliver(Guid shipmentId, DateTime now, Actor actor)
    {
        var shipment = _shipments.Find(s => s.Id == shipmentId) ?? throw new NotFoundException("Shipment", shipmentId.ToString());
        if (shipment.DeliveredAt is not null) return;
        var lines = _lines.Where(l => l.ShipmentId == shipmentId).ToList();
        var refused = lines.FirstOrDefault(l => !l.Allows(LineAction.Deliver));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), "Deliver");
        foreach (var line in lines)
        {
            line.Apply(LineAction.Deliver);
            Record(now, actor, "line.delivered", $"Line {line.LineNumber} delivered (shipment {shipment.TrackingNumber}).", line.Id,
                shipment.Id);
        }
        shipment.MarkDelivered(now);
        Refresh(now);
    }

    /// <summary>The store has staged the goods; the customer has until <paramref name="expiresAt"/> to collect.</summary>
    public void ReadyForPickup(Guid fulfilmentOrderId, DateTime expiresAt, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = Outstanding(fo, LineAction.ReadyForPickup);
        if (lines.Count == 0) return;
        Advance(fo, lines, LineAction.ReadyForPickup, "ready for pickup at", now, actor);
        foreach (var line in lines) line.SetPickupExpiry(expiresAt);
        Refresh(now);
    }

    public IReadOnlyList<StockEffect> Collect(Guid fulfilmentOrderId, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = Outstanding(fo, LineAction.Collect);
        if (lines.Count == 0) return [];
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
                $"Line {line.LineNumber} was not collected at {line.LocationCode} by {line.PickupExpiresAt:yyyy-MM-dd HH:mm} UTC; stock " +
                    "released.", line.Id);
        }
        if (due.Count > 0) QueueVoidIfSettled(now);
        if (due.Count > 0) Refresh(now);
        return due.Select(l => new StockEffect(StockEffectKind.ReleaseReservation, l.LocationCode!, l.Sku, l.Quantity)).ToList();
    }

    /// <summary>
    /// The location cannot fulfil the given lines (all open lines when none are given): their reservations are
    /// released and they go back to sourcing, which will not send them to this location again. The fulfilment order
    /// keeps which lines it gave back and why. A repeated rejection of lines it already gave back changes nothing.
    /// </summary>
    public IReadOnlyList<StockEffect> Reject(Guid fulfilmentOrderId, IReadOnlyCollection<Guid>? lineIds, string reason, DateTime now,
        Actor actor)
    {
        reason = Guard.NotEmpty(reason, "reason");
        var fo = FulfilmentOrder(fulfilmentOrderId);
        List<OrderLine> lines;
        if (lineIds is { Count: > 0 })
        {
            var ids = lineIds.Distinct().Where(id => !fo.Rejected(id)).ToList();
            lines = [.. ids.Select(id => LineOf(fo, id))];
        }
        else lines = _lines.Where(l => l.FulfilmentOrderId == fo.Id && l.IsActive).ToList();
        if (lines.Count == 0)
        {
            if (fo.Rejections.Count > 0) return [];
            throw new InvalidTransitionException($"fulfilment order {fo.Number}", fo.Status.ToString(), "Reject",
                $"Fulfilment order {fo.Number} has no lines left to reject: it is {fo.Status}.");
        }
        var refused = lines.FirstOrDefault(l => !l.Allows(LineAction.Reject));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), "Reject",
                $"Cannot reject line {refused.LineNumber} of fulfilment order {fo.Number}: it is {refused.Status}.");
        var effects = new List<StockEffect>();
        foreach (var line in lines)
        {
            effects.Add(new StockEffect(StockEffectKind.ReleaseReservation, fo.LocationCode, line.Sku, line.Quantity));
            fo.RecordRejection(line, reason, now, actor.ToString());
            line.Apply(LineAction.Reject);
            line.MarkRejected(fo.LocationCode);
            Record(now, actor, "line.rejected",
                $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) rejected by {fo.LocationCode}: {reason}.", line.Id, fo.Id);
        }
        fo.MarkRejected(reason);
        Refresh(now);
        return effects;
    }

    /// <summary>
    /// The units the line was promised are gone from its location (a count found fewer, a till sold them): the line gives
    /// its reservation back and goes back to sourcing, which the caller runs in the same command.
    /// </summary>
    public IReadOnlyList<StockEffect> LoseStock(Guid lineId, string reason, DateTime now, Actor actor)
    {
        var line = Line(lineId);
        if (!line.Allows(LineAction.LoseStock))
            throw new InvalidTransitionException($"line {line.LineNumber}", line.Status.ToString(), "LoseStock");
        var location = line.LocationCode!;
        var fo = line.FulfilmentOrderId;
        line.Apply(LineAction.LoseStock);
        line.Unsource();
        Record(now, actor, "line.stock-lost",
            $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) lost its stock at {location}: {reason}; sourcing it again.",
            line.Id, fo);
        Refresh(now);
        return [new StockEffect(StockEffectKind.ReleaseReservation, location, line.Sku, line.Quantity)];
    }

    /// <summary>Sourcing found no location left for a rejected line: a person must decide (exception queue).</summary>
    public void Escalate(Guid lineId, string reason, DateTime now, Actor actor)
    {
        var line = Line(lineId);
        line.Apply(LineAction.Escalate);
        line.SetExceptionReason(reason, now);
        Record(now, actor, "line.exception",
            $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) moved to the exception queue: {reason}.", line.Id);
        Refresh(now);
    }

    private void Step(Guid fulfilmentOrderId, LineAction action, string verb, DateTime now, Actor actor)
    {
        var fo = FulfilmentOrder(fulfilmentOrderId);
        var lines = Outstanding(fo, action);
        if (lines.Count == 0) return;
        Advance(fo, lines, action, verb, now, actor);
        Refresh(now);
    }

    private Shipment AddShipment(FulfilmentOrder fo, string carrier, string trackingNumber, DateTime now)
    {
        var shipment = new Shipment(Ids.Next(now), Id, fo.Id, carrier, trackingNumber, now);
        _shipments.Add(shipment);
        return shipment;
    }

    /// <summary>
    /// The fulfilment order's open lines that have not yet reached what <paramref name="action"/> reports; empty when every
    /// line is there already (the event is a resend). A fulfilment order with no open line at all refuses (409).
    /// </summary>
    private List<OrderLine> Outstanding(FulfilmentOrder fo, LineAction action)
        => [.. ActiveLines(fo).Where(l => !LineProgress.Reached(l.Status, action))];

    private List<OrderLine> ActiveLines(FulfilmentOrder fo)
    {
        var lines = _lines.Where(l => l.FulfilmentOrderId == fo.Id && l.IsActive).ToList();
        return lines.Count > 0
            ? lines
            : throw new InvalidTransitionException($"fulfilment order {fo.Number}", fo.Status.ToString(), "change",
                $"Fulfilment order {fo.Number} has no open lines: it is {fo.Status}.");
    }

    private OrderLine LineOf(FulfilmentOrder fo, Guid lineId)
    {
        var line = Line(lineId);
        return line.FulfilmentOrderId == fo.Id
            ? line
            : throw new BusinessRuleException("lineIds", $"Line {line.LineNumber} is not part of fulfilment order {fo.Number}.");
    }

    /// <summary>Moves every line or none: the lifecycle is checked for all lines before any changes.</summary>
    private void Advance(FulfilmentOrder fo, IReadOnlyList<OrderLine> lines, LineAction action, string verb, DateTime now, Actor actor)
    {
        var refused = lines.FirstOrDefault(l => !l.Allows(action));
        if (refused is not null)
            throw new InvalidTransitionException($"line {refused.LineNumber}", refused.Status.ToString(), action.ToString(),
                $"Cannot {action} line {refused.LineNumber} of fulfilment order {fo.Number}: it is {refused.Status}.");
        foreach (var line in lines)
        {
            var to = line.Apply(action);
            Record(now, actor, TimelineTypes.Line(to), $"Line {line.LineNumber} ({line.Quantity} × {line.Sku}) {verb} {fo.LocationCode}.",
                line.Id, fo.Id);
        }
    }
}
