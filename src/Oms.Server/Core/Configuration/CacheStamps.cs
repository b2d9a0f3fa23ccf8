using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Configuration;

/// <summary>
/// The counters behind <see cref="ReferenceCache"/>: a command that changes cached data bumps one in its transaction;
/// every node compares them with its copy at most once per check interval, and the node that made the change drops its
/// copy as soon as the command commits.
/// </summary>
public static class CacheStamps
{
    public const string Configuration = "configuration";
    public const string ReferenceData = "reference-data";

    private static readonly ConditionalWeakTable<OmsDbContext, object> Pending = [];

    public static async Task BumpAsync(OmsDbContext db, string name, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var n = SqlParameters.Add(cmd, "name", name, sqlite);
        cmd.CommandText = $"""
            INSERT INTO "CacheStamps" ("Name", "Version") VALUES ({n}, 1)
            ON CONFLICT ("Name") DO UPDATE SET "Version" = "CacheStamps"."Version" + 1;
            """;
        await cmd.ExecuteNonQueryAsync(ct);
        Pending.AddOrUpdate(db, name);
    }

    /// <summary>Whether the command on <paramref name="db"/> bumped a counter since the last call (and forgets it).</summary>
    public static bool TakeBumped(OmsDbContext db) => Pending.Remove(db);

    public static async Task<string> ReadAsync(OmsDbContext db, CancellationToken ct)
    {
        var rows = await db.CacheStamps.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name + "=" + s.Version).ToListAsync(ct);
        return string.Join(';', rows);
    }
}
