using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Oms.Domain.Inventory;
using Oms.Persistence;

namespace Oms.Server.Core.Stock;

/// <summary>
/// The stock rows of a SKU as availability reads see them, one cache per database. The command bus drops a SKU's entry
/// the moment a command of this node commits a change to it, so that this node never answers from before its own change;
/// a change made on another node is seen once the entry expires, within <see cref="Lifetime"/>. Availability is a
/// promise to show on a product page, not a reservation: reservations are conditional updates in the database and never
/// read this cache, so a stale answer can never oversell.
/// </summary>
public sealed class StockPositionCache : IDisposable
{
    private static readonly ConcurrentDictionary<string, StockPositionCache> ByDatabase = new(StringComparer.Ordinal);

    /// <summary>How long an entry is served (<c>Oms:Cache:StockPositionMilliseconds</c>); zero turns the cache off.</summary>
    public static TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(1);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _sync = new();
    private long _generation;

    public static StockPositionCache For(OmsDbContext db) =>
        ByDatabase.GetOrAdd(db.DatabaseKey, _ => new StockPositionCache());

    /// <summary>The SKU's stock rows, from the cache or read (untracked; callers must not change them).</summary>
    public async Task<IReadOnlyList<StockItem>> GetAsync(OmsDbContext db, string sku, CancellationToken ct)
    {
        if (Lifetime > TimeSpan.Zero && _entries.TryGetValue(sku, out IReadOnlyList<StockItem>? hit) && hit is not null) return hit;
        var generation = Interlocked.Read(ref _generation);
        IReadOnlyList<StockItem> rows = await db.Stock.AsNoTracking().Where(s => s.Sku == sku).ToListAsync(ct);
        if (Lifetime <= TimeSpan.Zero) return rows;
        lock (_sync)
        {
            // A change committed while this read ran may be missing from it: such a read is answered, not kept.
            if (_generation == generation)
                _entries.Set(sku, rows, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return rows;
    }

    /// <summary>The caches live as long as the process (one per database); disposing one empties it.</summary>
    public void Dispose() => _entries.Dispose();

    /// <summary>Drops the SKUs a command of this node just committed stock changes to.</summary>
    public void Changed(IEnumerable<string> skus)
    {
        lock (_sync)
        {
            _generation++;
            foreach (var sku in skus) _entries.Remove(sku);
        }
    }
}
