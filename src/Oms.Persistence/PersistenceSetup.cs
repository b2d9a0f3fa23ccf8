using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Oms.Persistence;

public static class PersistenceSetup
{
    public static IServiceCollection AddOmsPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        // The options are built once per process, not per request (a context is created for every request that uses the
        // database; building its options parsed the connection string each time).
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresOmsDbContext>(o => ConfigurePostgres(o, options.ConnectionString),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddScoped<OmsDbContext>(sp => sp.GetRequiredService<PostgresOmsDbContext>());
        }
        else
        {
            var cs = SqliteConnectionString(options.ConnectionString);
            services.AddDbContext<SqliteOmsDbContext>(o => ConfigureSqlite(o, cs), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddScoped<OmsDbContext>(sp => sp.GetRequiredService<SqliteOmsDbContext>());
        }
        return services;
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString)
        => o.UseNpgsql(PostgresConnectionString(connectionString), n => n.MigrationsHistoryTable("__EFMigrationsHistory"));

    /// <summary>
    /// Statements the OMS runs again and again (capture, the relay's claims) are prepared on the server after their second
    /// use, unless the connection string says otherwise: the parse and plan are paid once per connection, not per order.
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (b.MaxAutoPrepare == 0) b.MaxAutoPrepare = 100;
        if (!connectionString.Contains("Auto Prepare Min Usages", StringComparison.OrdinalIgnoreCase)) b.AutoPrepareMinUsages = 2;
        return b.ConnectionString;
    }

    /// <remarks>
    /// Two warnings about how the migrations were written (data fixes next to table rebuilds, a PRAGMA outside the
    /// transaction) are for whoever writes a migration, not for a retailer starting the OMS: they are not logged.
    /// </remarks>
    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString)
        => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas())
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.TableRebuildPendingWarning,
                RelationalEventId.NonTransactionalMigrationOperationWarning));

    /// <summary>
    /// Writers wait for each other instead of failing at once: a generous busy timeout (Default Timeout),
    /// and a shared cache off so that each connection has its own lock state.
    /// </summary>
    public static string SqliteConnectionString(string connectionString)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        if (b.DefaultTimeout == 30) b.DefaultTimeout = 60;
        b.Pooling = true;
        return b.ToString();
    }

    /// <summary>Creates the database if missing and applies pending migrations of the configured provider.</summary>
    public static async Task MigrateAsync(this OmsDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
