using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Catalog;
using Oms.Domain.Configuration;
using Oms.Domain.Network;
using Oms.Persistence;

namespace Oms.Server.Core.Configuration;

/// <summary>
/// The network, the channels and the active configuration documents, read once and kept per database, so that a capture
/// does not read and parse them again for every order. A node checks the <see cref="CacheStamps"/> at most once per
/// <see cref="CheckInterval"/> and reloads when another node changed something; the node that made a change reloads at
/// once. Parsed documents are kept per stored version (versions never change).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "One per database for the process's lifetime.")]
public sealed class ReferenceCache
{
    private static readonly ConcurrentDictionary<string, ReferenceCache> ByDatabase = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile ReferenceSnapshot? _snapshot;
    private long _checkedAt;

    /// <summary>How long a node trusts its copy before comparing the stamps again (other nodes' changes arrive within it).</summary>
    public static TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    public static ReferenceCache For(OmsDbContext db) => ByDatabase.GetOrAdd(db.DatabaseKey, _ => new ReferenceCache());

    public void Invalidate() => _snapshot = null;

    public async Task<ReferenceSnapshot> GetAsync(OmsDbContext db, CancellationToken ct)
    {
        var current = _snapshot;
        if (current is not null && Stopwatch.GetElapsedTime(Interlocked.Read(ref _checkedAt)) < CheckInterval) return current;
        await _loading.WaitAsync(ct);
        try
        {
            current = _snapshot;
            if (current is not null && Stopwatch.GetElapsedTime(Interlocked.Read(ref _checkedAt)) < CheckInterval) return current;
            var stamps = await CacheStamps.ReadAsync(db, ct);
            if (current is null || current.Stamps != stamps)
            {
                current = new ReferenceSnapshot(stamps,
                    await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct),
                    await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, ct),
                    (await db.ConfigurationVersions.AsNoTracking().Where(c => c.Active).ToListAsync(ct))
                        .ToDictionary(c => (c.Kind, c.Key)));
                _snapshot = current;
            }
            Interlocked.Exchange(ref _checkedAt, Stopwatch.GetTimestamp());
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }
}

/// <summary>One consistent copy of the cached data.</summary>
public sealed class ReferenceSnapshot(string stamps, IReadOnlyDictionary<string, Channel> channels, IReadOnlyDictionary<string, Location> locations,
    IReadOnlyDictionary<(string Kind, string Key), ConfigurationVersion> active)
{
    private static readonly ConcurrentDictionary<Guid, object> Parsed = new();

    public string Stamps { get; } = stamps;
    public IReadOnlyDictionary<string, Channel> Channels { get; } = channels;
    public IReadOnlyDictionary<string, Location> Locations { get; } = locations;

    public ConfigurationVersion? Active(string kind, string key) => active.GetValueOrDefault((kind, key));

    /// <summary>A stored version's document, parsed once (a version never changes).</summary>
    public static T ParsedOnce<T>(ConfigurationVersion version, Func<ConfigurationVersion, T> parse) where T : class
        => (T)Parsed.GetOrAdd(version.Id, _ => parse(version));
}
