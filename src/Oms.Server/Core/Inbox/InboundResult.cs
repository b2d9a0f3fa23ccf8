using Oms.Domain.Connectors;

namespace Oms.Server.Core.Inbox;

/// <summary>What handling a message did: accepted with what it made or changed, or ignored with why.</summary>
public sealed record InboundResult(InboundStatus Status, string? ResultType, string? ResultId, string? Reason)
{
    public static InboundResult Accepted(string resultType, string resultId) => new(InboundStatus.Accepted, resultType, resultId, null);

    public static InboundResult Ignored(string reason) => new(InboundStatus.Ignored, null, null, reason);
}
