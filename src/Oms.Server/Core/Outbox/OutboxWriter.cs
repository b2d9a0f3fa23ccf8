using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Core.Stock;
using Microsoft.EntityFrameworkCore;

namespace Oms.Server.Core.Outbox;

/// <summary>
/// Turns what a command did into outbox rows, in the command's own transaction: one event per new timeline entry of each
/// order and return order it touched, one per stock row it changed and discrepancy it raised, the work items it implies (payment calls,
/// back-orders, shortfalls), and a delivery per handler that wants each. An event no handler wants is not stored. A
/// delivery of a handler that runs inline is born claimed by the writing node, which runs it right after the commit with
/// the event as written: no claim and no read of it.
/// </summary>
public sealed class OutboxWriter(IEnumerable<IOutboxHandler> handlers)
{
    private readonly IOutboxHandler[] _handlers = [.. handlers];

    /// <summary>Lets handlers whose interest depends on stored data (subscriptions) bring it up to date before a command writes.</summary>
    internal async ValueTask PrepareAsync(OmsDbContext db, CancellationToken ct)
    {
        foreach (var h in _handlers)
        {
            if (h is IOutboxInterest interest) await interest.RefreshAsync(db, ct);
        }
    }

    /// <summary>
    /// The return timeline entries the command added, read before its first save (after it they look like any loaded row).
    /// Return orders are not loaded through the context as orders are, so the change tracker is what knows them.
    /// </summary>
    internal static IReadOnlyList<ReturnTimelineEntry> NewReturnEntries(OmsDbContext db)
    {
        // Most commands touch no return: asking without detecting changes keeps the change scan to the save that does it anyway.
        var tracker = db.ChangeTracker;
        var auto = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (!tracker.Entries<ReturnOrder>().Any()) return [];
            tracker.DetectChanges();
            return [.. tracker.Entries<ReturnTimelineEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = auto;
        }
    }

    /// <param name="returnEntries">What <see cref="NewReturnEntries"/> found before the command's first save.</param>
    /// <param name="claim">The node that runs inline deliveries after the commit; null: they are left to the relay, due now.</param>
    internal OutboxWrite Write(OmsDbContext db, IEnumerable<TrackedOrder> orders, IReadOnlyList<ReturnTimelineEntry> returnEntries,
        StockCommit stock, IReadOnlyList<StockDiscrepancy> raised, IReadOnlyList<PendingEvent> extra, DateTime now, InlineClaim? claim)
    {
        var write = new Pending(claim);
        foreach (var (order, known, pendingBefore) in orders)
        {
            // An entry the order shares with another aggregate's timeline (return.requested) is published once, as that one's.
            foreach (var entry in order.Timeline.Where(t => t.Sequence > known && IsOrderEvent(t.Type)).OrderBy(t => t.Sequence))
                Add(db, entry.Type, order.Id.ToString(), order.Number, () => OrderData(order, entry), false, now, write);
            // Calls this command queued; calls still pending from before are the relay's to retry, with backoff.
            if (order.PendingPaymentCalls().Any(c => !pendingBefore.Contains(c.Transaction.Id)))
                Add(db, InternalEvents.SettlePayments, order.Id.ToString(), order.Number, () => new { orderId = order.Id }, true, now, write);
        }
        if (returnEntries.Count > 0)
        {
            var returns = db.ChangeTracker.Entries<ReturnOrder>().Select(e => e.Entity).ToDictionary(r => r.Id);
            foreach (var entry in returnEntries.OrderBy(t => t.ReturnOrderId).ThenBy(t => t.Sequence))
            {
                var ret = returns[entry.ReturnOrderId];
                Add(db, entry.Type, ret.Id.ToString(), ret.Number, () => ReturnEventData.From(ret, entry), false, now, write);
            }
        }
        foreach (var row in stock.Rows)
            Add(db, "stock.changed", $"{row.LocationCode}/{row.Sku}", row.Sku, () => StockData(row, stock), false, now, write);
        foreach (var d in raised)
            Add(db, "stock.discrepancy-raised", $"{d.LocationCode}/{d.Sku}", d.Sku,
                () => new DiscrepancyEventData(d.Id, d.Sku, d.LocationCode, d.Reason, d.OnHand, d.Reserved), false, now, write);
        var increased = stock.Increased.Select(k => k.Sku).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (increased.Count > 0 && !extra.Any(e => e.Type == InternalEvents.AllocateBackorders))
            Add(db, InternalEvents.AllocateBackorders, null, null, () => new SkusData(increased), true, now, write);
        foreach (var row in stock.Rows.Where(r => r.Reserved > r.OnHand))
            Add(db, InternalEvents.ResolveShortfall, $"{row.LocationCode}/{row.Sku}", row.Sku, () => new StockRowKey(row.LocationCode, row.Sku), true, now, write);
        foreach (var e in extra)
            Add(db, e.Type, e.Subject, e.SubjectKey, () => e.Data, e.Internal, now, write);
        return write.Messages.Count == 0 && !write.ForRelay ? OutboxWrite.Nothing : new OutboxWrite(write.Messages, write.ForRelay);
    }

    private void Add(OmsDbContext db, string type, string? subject, string? key, Func<object> data, bool isInternal, DateTime now, Pending write)
    {
        OutboxEvent? e = null;
        foreach (var h in _handlers)
        {
            if (!h.Wants(type, isInternal)) continue;
            if (e is null)
            {
                var version = EventCatalogue.TryGet(type, out var t) ? t.Version : 1;
                var payload = data();
                e = new OutboxEvent(Ids.Next(now), type, version, subject, key, now, OmsJson.Serialize(payload), isInternal);
                db.OutboxEvents.Add(e);
            }
            var delivery = new OutboxDelivery(Ids.Next(now), e.Id, h.Name, now, now);
            db.OutboxDeliveries.Add(delivery);
            if (h.RunsInline && write.Claim is { } claim)
            {
                delivery.ClaimFor(claim.Node, claim.Until);
                write.Messages.Add(new OutboxMessage(e.Id, delivery.Id, h.Name, e.Type, e.Version, e.Subject, e.SubjectKey, e.OccurredAt, e.Data, 1));
            }
            else
            {
                write.ForRelay = true;
            }
        }
    }

    /// <summary>The outbox rows of one command as they are written.</summary>
    private sealed class Pending(InlineClaim? claim)
    {
        public InlineClaim? Claim { get; } = claim;
        public List<OutboxMessage> Messages { get; } = [];
        public bool ForRelay { get; set; }
    }

    private static bool IsOrderEvent(string type) => !EventCatalogue.TryGet(type, out var t) || t.DataType == typeof(OrderEventData);

    private static OrderEventData OrderData(Order o, TimelineEntry entry)
    {
        var line = entry.LineId is { } lineId ? o.Lines.FirstOrDefault(l => l.Id == lineId) : null;
        var subject = entry.SubjectId;
        var fo = subject is { } s1 ? o.FulfilmentOrders.FirstOrDefault(f => f.Id == s1) : null;
        fo ??= line?.FulfilmentOrderId is { } foId ? o.FulfilmentOrders.FirstOrDefault(f => f.Id == foId) : null;
        var shipment = subject is { } s2 ? o.Shipments.FirstOrDefault(x => x.Id == s2) : null;
        shipment ??= line?.ShipmentId is { } shId ? o.Shipments.FirstOrDefault(x => x.Id == shId) : null;
        var payment = subject is { } s3 ? o.Payments.FirstOrDefault(p => p.Id == s3) : null;
        var hold = subject is { } s4 ? o.Holds.FirstOrDefault(h => h.Id == s4) : null;
        return new OrderEventData(OrderRef.From(o), entry.Sequence, entry.Actor, entry.Message,
            line is null ? null : LineRef.From(line),
            fo is null ? null : FulfilmentOrderRef.From(fo),
            shipment is null ? null : ShipmentRef.From(o, shipment),
            payment is null ? null : PaymentRef.From(payment),
            hold is null ? null : HoldRef.From(hold));
    }

    private static StockEventData StockData(StockRowView row, StockCommit stock)
        => new(row.Sku, row.LocationCode, row.OnHand, row.Reserved, row.SafetyStock, row.AvailableToPromise,
            [.. stock.Movements.Where(m => m.LocationCode == row.LocationCode && m.Sku == row.Sku)
                .Select(m => new StockMovementRef(m.Kind, m.OnHandChange, m.ReservedChange, m.Source, m.Reference, m.Reason))]);
}
