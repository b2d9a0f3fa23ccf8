using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Core.Inbox;

/// <summary>
/// Tries again the messages that are still received a while after they came (the node died while handling one, or the
/// handling failed for a reason that may pass). Runs on one node at a time; handling is idempotent anyway.
/// </summary>
public sealed class InboxRetry(IOptions<InboxOptions> options) : IPeriodicJob
{
    public string Name => "inbox-retry";

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RetrySeconds));

    public async Task RunAsync(IServiceProvider services, CancellationToken ct) => await RetryAsync(services, ct);

    /// <returns>How many messages were tried.</returns>
    public async Task<int> RetryAsync(IServiceProvider services, CancellationToken ct)
    {
        var o = options.Value;
        var before = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddSeconds(-o.RetrySeconds);
        var db = services.GetRequiredService<OmsDbContext>();
        var due = await db.InboundMessages.AsNoTracking()
            .Where(m => m.Status == InboundStatus.Received && m.ReceivedAt <= before && m.Attempts < o.MaxAttempts)
            .OrderBy(m => m.ReceivedAt).Select(m => m.Id).Take(200).ToListAsync(ct);
        var inbox = services.GetRequiredService<MessageInbox>();
        foreach (var id in due) await inbox.ProcessAsync(id, ct);
        return due.Count;
    }
}
