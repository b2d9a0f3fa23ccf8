using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>The part of an order that one location fulfils with one delivery method.</summary>
public sealed class FulfilmentOrder
{
    private readonly List<FulfilmentRejection> _rejections = [];

    private FulfilmentOrder() { Number = null!; LocationCode = null!; }

    internal FulfilmentOrder(Guid id, Guid orderId, string number, string locationCode, DeliveryMethod method, DateTime createdAt, string? transferTo = null)
    {
        TransferTo = transferTo;
        Id = id;
        OrderId = orderId;
        Number = number;
        LocationCode = locationCode;
        DeliveryMethod = method;
        CreatedAt = createdAt;
        Status = FulfilmentOrderStatus.Allocated;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public string Number { get; private set; }
    public string LocationCode { get; private set; }
    public DeliveryMethod DeliveryMethod { get; private set; }
    /// <summary>For a pickup served from another location: the store the goods travel to before the customer collects.</summary>
    public string? TransferTo { get; private set; }
    /// <summary>Derived from its lines; stored so that a location can query its work queue.</summary>
    public FulfilmentOrderStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReleasedAt { get; private set; }
    /// <summary>Why the location gave (some of) its lines back, if it did.</summary>
    public string? RejectReason { get; private set; }

    /// <summary>The lines this location gave back, with why and who: they stay visible here after sourcing moved them on.</summary>
    public IReadOnlyList<FulfilmentRejection> Rejections => _rejections;

    internal void Refresh(IEnumerable<OrderLine> lines) => Status = OrderStatusRules.Derive(lines.ToList(), RejectReason is not null);
    internal void MarkReleased(DateTime at) => ReleasedAt ??= at;
    internal void MarkRejected(string reason) => RejectReason = reason;
    internal bool Rejected(Guid lineId) => _rejections.Exists(r => r.LineId == lineId);

    internal void RecordRejection(OrderLine line, string reason, DateTime at, string actor)
        => _rejections.Add(new FulfilmentRejection(Ids.Next(at), Id, line.Id, line.LineNumber, line.Sku, line.Quantity, reason, at, actor));
}

/// <summary>A line a location gave back: which, how many, why, when and who said so.</summary>
public sealed class FulfilmentRejection
{
    private FulfilmentRejection() { Sku = null!; Reason = null!; Actor = null!; }

    internal FulfilmentRejection(Guid id, Guid fulfilmentOrderId, Guid lineId, int lineNumber, string sku, int quantity, string reason, DateTime at, string actor)
        => (Id, FulfilmentOrderId, LineId, LineNumber, Sku, Quantity, Reason, At, Actor) = (id, fulfilmentOrderId, lineId, lineNumber, sku, quantity, reason, at, actor);

    public Guid Id { get; private set; }
    public Guid FulfilmentOrderId { get; private set; }
    public Guid LineId { get; private set; }
    public int LineNumber { get; private set; }
    public string Sku { get; private set; }
    public int Quantity { get; private set; }
    public string Reason { get; private set; }
    public DateTime At { get; private set; }
    public string Actor { get; private set; }
}

/// <summary>A parcel handed to a carrier.</summary>
public sealed class Shipment
{
    private Shipment() { Carrier = null!; TrackingNumber = null!; }

    internal Shipment(Guid id, Guid orderId, Guid fulfilmentOrderId, string carrier, string trackingNumber, DateTime shippedAt)
    {
        Id = id;
        OrderId = orderId;
        FulfilmentOrderId = fulfilmentOrderId;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = shippedAt;
    }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid FulfilmentOrderId { get; private set; }
    public string Carrier { get; private set; }
    public string TrackingNumber { get; private set; }
    public DateTime ShippedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }

    internal void MarkDelivered(DateTime at) => DeliveredAt = at;
}

/// <summary>One entry of the order's timeline: what happened, when, and who or which system did it.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { Type = null!; Actor = null!; Message = null!; }

    internal TimelineEntry(Guid id, Guid orderId, int sequence, DateTime at, string type, string actor, string message, Guid? lineId, Guid? subjectId = null)
    {
        SubjectId = subjectId;
        Id = id;
        OrderId = orderId;
        Sequence = sequence;
        At = at;
        Type = type;
        Actor = actor;
        Message = TextLimit.Clip(message, MaxMessage);
        LineId = lineId;
    }

    /// <summary>What a message keeps (the stored length).</summary>
    public const int MaxMessage = 2000;

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int Sequence { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Dotted event type, e.g. <c>line.shipped</c>.</summary>
    public string Type { get; private set; }
    public string Actor { get; private set; }
    public string Message { get; private set; }
    public Guid? LineId { get; private set; }
    /// <summary>The fulfilment order, shipment, payment or hold the entry is about, if any.</summary>
    public Guid? SubjectId { get; private set; }
}
