using Oms.Domain.Common;

namespace Oms.Domain.Tracking;

/// <summary>
/// One tracking webhook a carrier sent, kept whatever became of it: a message the OMS could not use (an unknown tracking
/// number, a body it could not read) is stored with the reason, never dropped. The carrier's event id is unique per carrier,
/// so a webhook delivered again is recognised and not applied twice. Forgeries (a wrong signature) are not kept.
/// </summary>
public sealed class CarrierMessage
{
    /// <summary>What the stored body keeps.</summary>
    public const int MaxBody = 8000;

    private CarrierMessage() { Carrier = null!; Body = null!; }

    private CarrierMessage(Guid id, string carrier, string? eventId, DateTime receivedAt, string body)
    {
        Id = id;
        Carrier = Guard.NotEmpty(carrier, "carrier");
        EventId = eventId is null ? null : TextLimit.Clip(eventId, 200);
        ReceivedAt = receivedAt;
        Body = TextLimit.Clip(body, MaxBody);
    }

    public Guid Id { get; private set; }
    public string Carrier { get; private set; }
    /// <summary>The carrier's id of the update (stable when it is delivered again); null when the body could not be read.</summary>
    public string? EventId { get; private set; }
    public string? TrackingNumber { get; private set; }
    /// <summary>The normalised status and the carrier's own words for it.</summary>
    public string? Status { get; private set; }
    public string? CarrierStatus { get; private set; }
    public DateTime? OccurredAt { get; private set; }
    public DateTime ReceivedAt { get; private set; }
    public CarrierMessageOutcome Outcome { get; private set; }
    /// <summary>Why it changed nothing (unmatched, unreadable); null when applied.</summary>
    public string? Reason { get; private set; }
    /// <summary>The return it moved, when applied.</summary>
    public Guid? ReturnOrderId { get; private set; }
    /// <summary>The outbound shipment (and its order) it is about, when it matched one.</summary>
    public Guid? ShipmentId { get; private set; }
    public Guid? OrderId { get; private set; }
    /// <summary>The webhook's body as it arrived (clipped to <see cref="MaxBody"/>).</summary>
    public string Body { get; private set; }

    /// <summary>A readable tracking update, applied to a return or kept as unmatched (no return and no shipment has it).</summary>
    public static CarrierMessage Tracking(Guid id, string carrier, string eventId, string trackingNumber, string status,
        string carrierStatus, DateTime occurredAt, DateTime receivedAt, string body, Guid? returnOrderId, string? reason)
        => new(id, carrier, Guard.NotEmpty(eventId, "eventId"), receivedAt, body)
        {
            TrackingNumber = TextLimit.Clip(trackingNumber, 200),
            Status = TextLimit.Clip(status, 64),
            CarrierStatus = TextLimit.Clip(carrierStatus, 300),
            OccurredAt = occurredAt,
            ReturnOrderId = returnOrderId,
            Outcome = returnOrderId is null ? CarrierMessageOutcome.Unmatched : CarrierMessageOutcome.Applied,
            Reason = returnOrderId is null ? TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 1000) : null,
        };

    /// <summary>A readable tracking update of an outbound shipment: applied, or stale (older than what the shipment has).</summary>
    public static CarrierMessage ShipmentTracking(Guid id, string carrier, string eventId, string trackingNumber, string status,
        string carrierStatus, DateTime occurredAt, DateTime receivedAt, string body, Guid shipmentId, Guid orderId, bool stale)
        => new(id, carrier, Guard.NotEmpty(eventId, "eventId"), receivedAt, body)
        {
            TrackingNumber = TextLimit.Clip(trackingNumber, 200),
            Status = TextLimit.Clip(status, 64),
            CarrierStatus = TextLimit.Clip(carrierStatus, 300),
            OccurredAt = occurredAt,
            ShipmentId = shipmentId,
            OrderId = orderId,
            Outcome = stale ? CarrierMessageOutcome.Stale : CarrierMessageOutcome.Applied,
            Reason = stale ? "Older than the shipment's latest tracking, or after its delivery: changes nothing." : null,
        };

    /// <summary>A signed body the adapter could not read.</summary>
    public static CarrierMessage Unreadable(Guid id, string carrier, DateTime receivedAt, string body, string reason)
        => new(id, carrier, null, receivedAt, body)
        {
            Outcome = CarrierMessageOutcome.Unreadable,
            Reason = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 1000),
        };
}
