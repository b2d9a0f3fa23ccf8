using Oms.Domain.Connectors;

namespace Oms.Server.Core.Inbox;

/// <summary>What the inbox did with a delivery: the stored message, its outcome, and whether it had come before.</summary>
public sealed record InboxReceipt(Guid MessageId, InboundStatus Status, bool Duplicate, string? Reason, string? Field,
    string? ResultType, string? ResultId)
{
    public static InboxReceipt Of(InboundMessage m, bool duplicate)
        => new(m.Id, m.Status, duplicate, m.Reason, m.Field, m.ResultType, m.ResultId);
}
