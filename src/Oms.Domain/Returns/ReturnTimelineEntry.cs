using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>One entry of a return order's own timeline: what happened, when, and who did it.</summary>
public sealed class ReturnTimelineEntry
{
    /// <summary>What a message keeps (the stored length).</summary>
    public const int MaxMessage = 2000;

    private ReturnTimelineEntry() { Type = null!; Actor = null!; Message = null!; }

    internal ReturnTimelineEntry(Guid id, Guid returnOrderId, int sequence, DateTime at, string type, string actor, string message,
        Guid? returnLineId)
    {
        Id = id;
        ReturnOrderId = returnOrderId;
        Sequence = sequence;
        At = at;
        Type = type;
        Actor = actor;
        Message = TextLimit.Clip(message, MaxMessage);
        ReturnLineId = returnLineId;
    }

    public Guid Id { get; private set; }
    public Guid ReturnOrderId { get; private set; }
    public int Sequence { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Dotted event type, e.g. <c>return.received</c>.</summary>
    public string Type { get; private set; }
    public string Actor { get; private set; }
    public string Message { get; private set; }
    public Guid? ReturnLineId { get; private set; }
}
