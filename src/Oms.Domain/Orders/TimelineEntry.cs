using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>One entry of the order's timeline: what happened, when, and who or which system did it.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { Type = null!; Actor = null!; Message = null!; }

    internal TimelineEntry(Guid id, Guid orderId, int sequence, DateTime at, string type, string actor, string message, Guid? lineId,
        Guid? subjectId = null)
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
