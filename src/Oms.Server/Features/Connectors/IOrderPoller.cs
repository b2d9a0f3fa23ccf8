using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// A channel whose orders are fetched (Amazon SP-API getOrders, bol.com open orders). One poll reads from the stored
/// cursor, one page or a few within the channel's rate limits, and answers the messages to store (one per order, with a
/// dedup key that is the same when the order is read again unchanged) and the cursor to go on from. Rate limiting and
/// back-off are the poller's: it waits as the channel's documentation says, or stops early and reports
/// <see cref="PollBatch.More"/>.
/// </summary>
public interface IOrderPoller
{
    ConnectorKind Kind { get; }

    Task<PollBatch> PollAsync(ConnectorRuntime connector, CancellationToken ct);
}

/// <param name="NextCursor">Stored as the connector's cursor once the messages are in the inbox.</param>
/// <param name="More">Another page is waiting (poll again soon).</param>
public sealed record PollBatch(IReadOnlyList<InboundEnvelope> Messages, string? NextCursor, bool More);
