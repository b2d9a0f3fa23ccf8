namespace Oms.Server.Core.Events;

/// <summary>
/// Every event the OMS publishes, versioned. Order events take their names from the order's timeline (one entry, one
/// event), so everything on the timeline reaches the bus and webhooks; stock events come from the stock journal. The
/// envelope is CloudEvents 1.0 (<c>type</c> is <c>com.oms.{type}.v{version}</c>).
/// </summary>
public static class EventCatalogue
{
    public const string Source = "/oms";
    public const string TypePrefix = "com.oms.";

    private static readonly EventType[] Types =
    [
        Order("order.captured", "An order was captured from a channel (or entered by an agent)."),
        Order("order.amended", "An order was amended before release: quantity, lines, address or delivery method."),
        Order("order.cancelled", "The whole order was cancelled."),
        Order("order.status-changed", "The order's derived status changed."),
        Order("workflow.started", "The order started its workflow (which steps and holds apply)."),
        Order("fraud.assessed", "The fraud rules scored the order."),
        Order("line.allocated", "A line was sourced: a location reserved its units (fulfilmentOrder names where)."),
        Order("line.backordered", "Nothing can serve a line now: it waits for stock (or an expected receipt)."),
        Order("line.split", "A line was split over several locations."),
        Order("line.carried-out", "A line was sold at a till and taken away."),
        Order("line.cancelled", "A line was cancelled."),
        Order("line.released", "A line was released to its fulfilment location."),
        Order("line.picked", "The location picked a line."),
        Order("line.packed", "The location packed a line."),
        Order("line.shipped", "A line left with a carrier."),
        Order("line.delivered", "The carrier delivered a line."),
        Order("line.ready-for-pickup", "A pickup line is ready for collection in the store."),
        Order("line.collected", "The customer collected a pickup line."),
        Order("line.pickup-expired", "A pickup line was not collected in time; its stock went back."),
        Order("line.rejected", "The fulfilment location gave a line back; it is sourced again."),
        Order("line.exception", "No location is left for a line: it waits in the exception queue."),
        Order("line.stock-lost", "A count or a till sale took the units a line was promised; it is sourced again."),
        Order("order.release-scheduled",
            "The workflow reached release: fulfilment orders go to their locations after the cancellation window."),
        Order("shipment.created", "A parcel was handed to a carrier (shipment names carrier, tracking number and lines)."),
        Order("hold.placed", "The order was put on hold (fraud review, payment, manual approval or release)."),
        Order("hold.lifted", "A hold was lifted."),
        Order("payment.added", "A payment instrument was added to the order."),
        Order("payment.replaced", "A declined or unanswered payment instrument was replaced by another."),
        Order("payment.void-queued", "A late approval of a replaced instrument is released again."),
        Order("address.geocoded", "An address without coordinates was placed at its postal code's centre."),
        Order("payment.tendered", "Money taken at a till was recorded (authorised and captured at once)."),
        Order("payment.taken-in-store", "A reserve-and-collect order was paid at the till on collection."),
        Order("payment.retrying", "A provider call failed or timed out; it is retried with the same idempotency key."),
        Order("payment.authorised", "A payment authorisation was approved."),
        Order("payment.authorisation-declined", "A payment authorisation was declined."),
        Order("payment.captured", "A capture was approved."),
        Order("payment.capture-declined", "A capture was declined."),
        Order("payment.voided", "What was left of an authorisation was released."),
        Order("payment.void-declined", "A void was refused by the provider."),
        Order("payment.refunded", "A refund was approved."),
        Order("payment.refund-declined", "A refund was declined."),
        Order("notification.pickup-reminder",
            "A pickup waits and expires soon: the customer is reminded once (fulfilmentOrder names which)."),
        Order("return.requested",
            "A return (or exchange, or claim) was asked for on the order (subjectId is the return order; GET /api/returns/{id})."),
        Order("line.returned", "Goods of a line came back on a return (subjectId is the return order)."),
        Order("refund.requested", "A refund for a return was asked of the payment provider (answered by payment.refunded)."),
        Order("refund.instructed",
            "The order was paid outside the OMS: the channel is to refund the amount for the return (subjectId is the return order)."),
        Order("order.return-state-changed", "The order became partly or fully returned (returnState on the order)."),
        Order("notification.sent", "An e-mail notification reached the mail server (the message names which and to whom)."),
        new("stock.changed", 1, "On-hand or reserved changed at a location (the movements say how).", typeof(StockEventData)),
        new("stock.discrepancy-raised", 1, "Goods left that the books did not have: the location should recount.",
            typeof(DiscrepancyEventData)),
    ];

    private static readonly Dictionary<string, EventType> ByName = Types.ToDictionary(t => t.Type, StringComparer.Ordinal);

    public static IReadOnlyList<EventType> All => Types;

    public static bool TryGet(string type, out EventType eventType) => ByName.TryGetValue(type, out eventType!);

    /// <summary>The CloudEvents <c>type</c> attribute: <c>com.oms.line.shipped.v1</c>.</summary>
    public static string CloudEventType(string type, int version) => $"{TypePrefix}{type}.v{version}";

    private static EventType Order(string type, string description) => new(type, 1, description, typeof(OrderEventData));

    /// <summary>True when the catalogue publishes entries of this timeline type (a test checks every type the order writes).</summary>
    public static bool Covers(string timelineType) => ByName.ContainsKey(timelineType);
}
