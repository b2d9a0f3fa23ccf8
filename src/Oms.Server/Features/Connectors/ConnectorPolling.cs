using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// One poll of a pull connector: its poller reads from the stored cursor, every order read goes into the inbox (a
/// duplicate of one read before is recognised there), and only then is the new cursor stored, so a poll that fails half
/// way reads the same orders again next time and nothing is lost or made twice.
/// </summary>
public sealed class ConnectorPolling(ConnectorDirectory directory, MessageInbox inbox, TimeProvider clock)
{
    public async Task<PollResponse> PollAsync(OmsDbContext db, Connector connector, CancellationToken ct)
    {
        var poller = directory.Poller(connector.Kind)
            ?? throw new BusinessRuleException("connector", $"A {connector.Kind} connector is not polled: its channel sends webhooks.");
        PollBatch batch;
        try
        {
            batch = await poller.PollAsync(directory.Runtime(connector), ct);
        }
        catch (Exception e) when (e is ChannelCallException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Connectors.Where(c => c.Id == connector.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastErrorAt, now)
                .SetProperty(c => c.LastError, e.Message.Length > 1000 ? e.Message[..1000] : e.Message)
                .SetProperty(c => c.ConsecutiveErrors, c => c.ConsecutiveErrors + 1), ct);
            return new PollResponse(0, 0, 0, 0, 0, false, connector.Cursor, e.Message);
        }
        var receipts = new List<InboxReceipt>(batch.Messages.Count);
        foreach (var envelope in batch.Messages) receipts.Add(await inbox.ReceiveAsync(envelope with { ConnectorId = connector.Id }, ct));
        var at = clock.GetUtcNow().UtcDateTime;
        await db.Connectors.Where(c => c.Id == connector.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Cursor, batch.NextCursor)
            .SetProperty(c => c.LastPolledAt, at).SetProperty(c => c.ConsecutiveErrors, 0), ct);
        return new PollResponse(receipts.Count, receipts.Count(r => !r.Duplicate && r.Status == InboundStatus.Accepted),
            receipts.Count(r => !r.Duplicate && r.Status == InboundStatus.Rejected), receipts.Count(r => !r.Duplicate && r.Status == InboundStatus.Ignored),
            receipts.Count(r => r.Duplicate), batch.More, batch.NextCursor, null);
    }
}

/// <summary>What one poll read: messages stored, and of the new ones how many were accepted, rejected or ignored.</summary>
/// <param name="Error">Why the channel could not be read (the cursor stayed where it was).</param>
public sealed record PollResponse(int Received, int Accepted, int Rejected, int Ignored, int Duplicates, bool More, string? Cursor,
    string? Error);
