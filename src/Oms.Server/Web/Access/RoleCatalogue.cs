using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Persistence;

namespace Oms.Server.Web.Access;

/// <summary>
/// The roles, read from the database at most once a second per node (roles change rarely; a change made here is seen at
/// once, one made on another node within a second).
/// </summary>
public static class RoleCatalogue
{
    private sealed record Snapshot(IReadOnlyDictionary<string, Role> Roles, long ReadAt);

    private static readonly ConcurrentDictionary<string, Snapshot> ByDatabase = new(StringComparer.Ordinal);
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyDictionary<string, Role>> GetAsync(OmsDbContext db, CancellationToken ct)
    {
        if (ByDatabase.TryGetValue(db.DatabaseKey, out var s) && Stopwatch.GetElapsedTime(s.ReadAt) < Lifetime) return s.Roles;
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, ct);
        ByDatabase[db.DatabaseKey] = new Snapshot(roles, Stopwatch.GetTimestamp());
        return roles;
    }

    public static void Invalidate(OmsDbContext db) => ByDatabase.TryRemove(db.DatabaseKey, out _);
}
