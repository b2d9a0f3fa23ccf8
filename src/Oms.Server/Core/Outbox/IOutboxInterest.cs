using Oms.Persistence;

namespace Oms.Server.Core.Outbox;

/// <summary>
/// A handler whose <see cref="IOutboxHandler.Wants"/> depends on stored data (webhook subscriptions): before a command writes
/// its outbox, the writer lets it bring what it knows up to date, in the command's transaction. Cheap when nothing changed
/// (a cached copy checked against the cache stamps at most once per check interval).
/// </summary>
public interface IOutboxInterest
{
    ValueTask RefreshAsync(OmsDbContext db, CancellationToken ct);
}
