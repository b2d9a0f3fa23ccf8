using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>The part of an order that one location fulfils with one delivery method.</summary>
public sealed class FulfilmentOrder
{
    private readonly List<FulfilmentRejection> _rejections = [];

    private FulfilmentOrder() { Number = null!; LocationCode = null!; }

    internal FulfilmentOrder(Guid id, Guid orderId, string number, string locationCode, DeliveryMethod method, DateTime createdAt,
        string? transferTo = null)
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

    /// <summary>The parcel label the carrier made for this fulfilment order (null until one is made); the ship call uses
    /// its tracking number when it names none.</summary>
    public ParcelLabel? Label { get; private set; }

    /// <summary>The lines this location gave back, with why and who: they stay visible here after sourcing moved them on.</summary>
    public IReadOnlyList<FulfilmentRejection> Rejections => _rejections;

    internal void Refresh(IEnumerable<OrderLine> lines) => Status = OrderStatusRules.Derive(lines.ToList(), RejectReason is not null);
    internal void MarkReleased(DateTime at) => ReleasedAt ??= at;
    internal void MarkRejected(string reason) => RejectReason = reason;
    internal void AttachLabel(ParcelLabel label) => Label = label;
    internal bool Rejected(Guid lineId) => _rejections.Exists(r => r.LineId == lineId);

    internal void RecordRejection(OrderLine line, string reason, DateTime at, string actor)
        => _rejections.Add(new FulfilmentRejection(Ids.Next(at), Id, line.Id, line.LineNumber, line.Sku, line.Quantity, reason, at, actor));
}
