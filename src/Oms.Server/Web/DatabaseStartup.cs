using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Server.Demo;
using Oms.Server.Web.Access;

namespace Oms.Server.Web;

/// <summary>Migrates the database and seeds the demo data before the server listens, saying what it does.</summary>
internal static class DatabaseStartup
{
    public static async Task PrepareAsync(IServiceProvider services, DatabaseOptions database, bool seedDemoData, ILogger log,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var where = Describe(database);
        log.Database(where);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0) log.Migrating(pending);
        else log.SchemaUpToDate();
        await db.MigrateAsync(ct);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await AccessSeed.EnsureRolesAsync(db, now, ct);
        if (seedDemoData && !await db.Channels.AnyAsync(ct))
        {
            log.Seeding();
            await DemoData.SeedAsync(db, now, ct);
            if (await DemoAccess.SeedAsync(scope.ServiceProvider, db, now, ct)) log.DemoCredentials(DescribeDemoCredentials());
        }
        else if (!await db.Set<Persistence.Identity.OmsUser>().AnyAsync(ct) && !await db.ApiKeys.AnyAsync(ct)) log.NoUsers();
        log.DatabaseReady(clock.Elapsed.TotalSeconds);
    }

    private static string DescribeDemoCredentials()
        => string.Join('\n', DemoAccess.Users.Select(u => $"  user {u.UserName,-6} password {u.Password,-16} role {u.Role}"
                + (u.Stores.Length > 0 ? $" ({string.Join(", ", u.Stores)})" : ""))
            .Concat(DemoAccess.Keys.Select(k => $"  key  {k.Key,-42} role {k.Role}"
                + (k.Channel is not null ? $" channel {k.Channel}" : "") + (k.Locations.Length > 0 ? $" at {string.Join(", ", k.Locations)}" : ""))));

    /// <summary>
    /// Which database, and where: the SQLite file's full path, or PostgreSQL's host, database and user. Never the password.
    /// </summary>
    internal static string Describe(DatabaseOptions database)
    {
        var settings = new DbConnectionStringBuilder();
        try
        {
            settings.ConnectionString = database.ConnectionString;
        }
        catch (ArgumentException)
        {
            return $"{database.Provider} (the connection string cannot be read)";
        }

        string? Get(params string[] keys) => keys.Select(k => settings.TryGetValue(k, out var v) ? v?.ToString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = Get("Data Source", "DataSource", "Filename") ?? "";
            return file.Length == 0 || file.StartsWith(':') ? $"SQLite in memory ({file})" : $"SQLite file {Path.GetFullPath(file)}";
        }
        return $"PostgreSQL database {Get("Database", "DB") ?? "(default)"} on "
            + $"{Get("Host", "Server") ?? "localhost"}:{Get("Port") ?? "5432"}"
            + $" as {Get("Username", "User ID", "User Name", "UserId", "User") ?? "(default user)"}";
    }
}
