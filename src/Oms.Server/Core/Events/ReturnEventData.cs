using Oms.Domain.Returns;

namespace Oms.Server.Core.Events;

/// <summary>
/// The data of every return event: the return order as it stands after the change (with its order's id and number), and
/// the timeline entry the event is (type, sequence, message, actor, time). Carrier fields are set once a label was made.
/// </summary>
public sealed record ReturnEventData(
    Guid ReturnId,
    string Number,
    Guid OrderId,
    string OrderNumber,
    ReturnKind Kind,
    ReturnStatus Status,
    ReturnMethod Method,
    string? ExpectedLocation,
    string EntryType,
    int Sequence,
    string Message,
    string Actor,
    DateTime At,
    IReadOnlyList<ReturnLineRef> Lines,
    string? Carrier = null,
    string? TrackingNumber = null)
{
    public static ReturnEventData From(ReturnOrder r, ReturnTimelineEntry entry) => new(r.Id, r.Number, r.OrderId, r.OrderNumber, r.Kind,
        r.Status, r.Method, r.ExpectedLocationCode, entry.Type, entry.Sequence, entry.Message, entry.Actor, entry.At,
        [.. r.Lines.OrderBy(l => l.LineNumber).Select(l => new ReturnLineRef(l.Id, l.LineNumber, l.OrderLineId, l.Sku, l.Quantity,
            l.ReceivedQuantity, l.RefundedQuantity))],
        r.Carrier, r.TrackingNumber);
}
