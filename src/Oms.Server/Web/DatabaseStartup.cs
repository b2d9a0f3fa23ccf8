using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Server.Demo;

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
        if (seedDemoData && !await db.Channels.AnyAsync(ct))
        {
            log.Seeding();
            await DemoData.SeedAsync(db, TimeProvider.System.GetUtcNow().UtcDateTime, ct);
        }
        log.DatabaseReady(clock.Elapsed.TotalSeconds);
    }

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
