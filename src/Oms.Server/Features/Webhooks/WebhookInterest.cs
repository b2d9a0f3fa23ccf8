using Microsoft.EntityFrameworkCore;
using Oms.Domain.Webhooks;
using Oms.Persistence;
using Oms.Server.Core.Configuration;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Which event types the enabled subscriptions want, as this node last read them, so that a command whose events no
/// subscription wants stores nothing for webhooks. A command that creates, deletes, enables, disables or retargets a
/// subscription bumps the <see cref="Stamp"/> in its own transaction; this node reloads with its next command, another node
/// within the reference cache's check interval (a second by default): until then it may leave out events a brand-new
/// subscription wants there. Before the first load every event is wanted.
/// </summary>
internal sealed class WebhookInterest
{
    /// <summary>The cache stamp subscription writes bump.</summary>
    public const string Stamp = "webhook-subscriptions";

    private volatile Snapshot? _current;

    public bool Covers(string eventType) => _current is not { } s || s.Patterns.Any(p => WebhookSubscription.Covers(p, eventType));

    /// <summary>In the command's transaction, before it writes its outbox: bumps the stamp for its own subscription writes, reloads when stale.</summary>
    public async ValueTask RefreshAsync(OmsDbContext db, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<WebhookSubscription>().Any(ChangesInterest))
        {
            // Not reloaded here: this transaction would see its own bump but not its unsaved subscriptions. Until the next
            // command reloads, with the stamps read before the subscriptions, every event is wanted.
            await CacheStamps.BumpAsync(db, Stamp, ct);
            _current = null;
            return;
        }
        var stamps = (await ReferenceCache.For(db).GetAsync(db, ct)).Stamps;
        if (_current?.Stamps == stamps) return;
        var types = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).Select(s => s.EventTypes).ToListAsync(ct);
        _current = new Snapshot(stamps, [.. types.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal)]);
    }

    private static bool ChangesInterest(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<WebhookSubscription> e) => e.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => e.Property(s => s.Enabled).IsModified || e.Property(s => s.EventTypes).IsModified,
        _ => false,
    };

    /// <param name="Stamps">The cache stamps the patterns were read under.</param>
    private sealed record Snapshot(string Stamps, IReadOnlyList<string> Patterns);
}
