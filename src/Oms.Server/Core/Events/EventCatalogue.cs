namespace Oms.Server.Core.Events;

/// <summary>
/// Every event the OMS publishes, versioned. Order events take their names from the order's timeline (one entry, one
/// event), so everything on the timeline reaches the bus and webhooks; return events likewise from the return order's
/// own timeline (<c>return.*</c>); stock events come from the stock journal. The
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
        Order("shipment.label-created",
            "A carrier made the label for a fulfilment order's parcel (subjectId is the fulfilment order; the message names the " +
            "tracking number)."),
        Order("shipment.in-transit", "The carrier's tracking: the parcel is on its way (shipment names it, with its tracking status)."),
        Order("shipment.out-for-delivery", "The carrier's tracking: the parcel is with the driver for the last mile."),
        Order("shipment.delivery-failed", "The carrier's tracking: a delivery attempt failed; the carrier usually tries again."),
        Order("shipment.at-pickup-point", "The carrier's tracking: the parcel waits for the customer at a pickup point."),
        Order("shipment.collected-from-pickup-point",
            "The carrier's tracking: the customer took the parcel from the pickup point (its lines are delivered)."),
        Order("shipment.delivered", "The carrier's tracking: the parcel was delivered (its lines are delivered)."),
        Order("shipment.returned-to-sender",
            "The carrier's tracking: the parcel goes back to the sender; the order is put on a returnedToSender hold for a person."),
        Order("shipment.tracking-other", "A tracking update of the parcel that moves nothing (the carrier's words are kept)."),
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
        Order("line.returned", "Goods of a line came back on a return (subjectId is the return order)."),
        Order("refund.requested", "A refund for a return was asked of the payment provider (answered by payment.refunded)."),
        Order("refund.instructed",
            "The order was paid outside the OMS: the channel is to refund the amount for the return (subjectId is the return order)."),
        Order("order.return-state-changed", "The order became partly or fully returned (returnState on the order)."),
        Return("return.requested",
            "A return, exchange or claim was asked for on an order (subject is the return order: GET /api/returns/{id}; the " +
            "order's timeline shows it too, published once, as this event)."),
        Return("return.awaiting-approval", "The approval policy asks a person to approve the return (the message says why)."),
        Return("return.approved", "The return was approved (by a person or automatically below the thresholds)."),
        Return("return.rejected", "The return was rejected, with the reason."),
        Return("return.cancelled", "The return was withdrawn before anything was received or refunded."),
        Return("return.received", "Units of a return line were checked in at a location, with their disposition."),
        Return("return.inspected", "A person decided a unit held for inspection: restocked or written off."),
        Return("return.status-changed", "The return's status followed its receipts (partly received, received)."),
        Return("return.refund-due", "The refund the received goods call for was calculated (not paid yet)."),
        Return("return.refunded", "A refund was booked against the return's lines."),
        Return("return.closed", "The return is done (closed short when units never came in)."),
        Return("return.refund-terms", "The return asks for a refund before the goods come in, goodwill, or a refund route (store credit)."),
        Return("return.refund-blocked",
            "The refund due could not be paid: more than the order's instruments can take back (the message says why); a person settles it."),
        Return("return.exchange-requested", "An exchange names its replacements, the credit for the returned units and the difference."),
        Return("return.exchange-order-created", "The replacement order of an exchange was captured (the message names it)."),
        Return("return.exchange-order-failed", "The replacement order of an exchange could not be captured; a person arranges it."),
        Return("return.exchange-released", "The goods of an exchange are back: its replacement order is released."),
        Return("return.label-created", "The carrier made a return label: the return now has a tracking number."),
        Return("return.collection-booked", "The carrier booked a driver to collect the return at the customer's address."),
        Return("return.label-failed",
            "No return label or collection could be had (the carrier refused, or no carrier is configured): a person arranges it."),
        Return("return.parcel-in-transit", "The return parcel was collected or is on its way."),
        Return("return.parcel-out-for-delivery", "The return parcel is out for delivery to the receiving location."),
        Return("return.parcel-delivered", "The carrier delivered the return parcel at the receiving location."),
        Return("return.parcel-failed-attempt", "The carrier could not deliver the return parcel at the receiving location."),
        Return("return.parcel-at-pickup-point", "The return parcel waits at a pickup point."),
        Return("return.parcel-collected-from-pickup-point", "The return parcel was taken from a pickup point."),
        Return("return.parcel-returned-to-sender", "The return parcel goes back to the customer."),
        Return("return.parcel-other", "A tracking update of the return parcel that moves nothing (the carrier's words are kept)."),
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

    private static EventType Return(string type, string description) => new(type, 1, description, typeof(ReturnEventData));

    /// <summary>True when the catalogue publishes entries of this timeline type (a test checks every type the order writes).</summary>
    public static bool Covers(string timelineType) => ByName.ContainsKey(timelineType);
}
