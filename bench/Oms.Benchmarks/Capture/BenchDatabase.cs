using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Oms.Persistence;
using Oms.Server.Demo;
using Oms.TestSupport;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// A fresh, empty database for one benchmark invocation: a temp SQLite file, or a new database in a
/// throwaway PostgreSQL cluster (or the server named by OMS_TEST_POSTGRES). The OMS host migrates and
/// seeds it; every mode then writes into the same schema.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;
    private readonly string? _sqliteFile;

    private BenchDatabase(BenchDb kind, string connectionString, PostgresCluster? cluster, string? sqliteFile)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _cluster = cluster;
        _sqliteFile = sqliteFile;
    }

    public BenchDb Kind { get; }
    public string ConnectionString { get; }
    /// <summary>CPU time of the PostgreSQL cluster (nothing on SQLite).</summary>
    public ServerCpu Cpu => _cpu ??= Kind == BenchDb.Postgres ? new ServerCpu(new NpgsqlConnectionStringBuilder(ConnectionString).Port) : ServerCpu.None;

    private ServerCpu? _cpu;

    public DatabaseProvider Provider => Kind == BenchDb.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <param name="durable">PostgreSQL with fsync and synchronous commit on, as in production.</param>
    public static async Task<BenchDatabase> CreateAsync(BenchDb kind, bool durable, CancellationToken ct)
    {
        if (kind == BenchDb.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"oms-bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase(kind, new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString, null, file);
        }
        var cluster = await PostgresCluster.StartAsync(durable, ct);
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync("oms_bench", ct))
            {
                // Room for 32 clients plus the host's own pool; the test cluster allows 300 connections.
                MaxPoolSize = 128,
                IncludeErrorDetail = true,
            };
            return new BenchDatabase(kind, cs.ConnectionString, cluster, null);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Gives every stocked SKU at the central DC far more free stock than a run can reserve, so that no line
    /// back-orders and every order does real reservations. Reservations already made stay on the books.
    /// </summary>
    public async Task RestockAsync(CancellationToken ct)
    {
        var rows = await ExecuteAsync(
            $"UPDATE \"Stock\" SET \"OnHand\" = \"Reserved\" + 1000000 WHERE \"LocationCode\" = '{DemoData.CentralDc}'", ct);
        if (rows < OrderBatch.StockedSkus)
            throw new InvalidOperationException($"Expected stock rows for {OrderBatch.StockedSkus} SKUs at {DemoData.CentralDc}, found {rows}.");
    }

    /// <summary>Order lines that did not end up allocated: a benchmark whose orders back-order measures the wrong thing.</summary>
    public async Task<long> CountUnallocatedLinesAsync(CancellationToken ct)
        => await ScalarAsync("SELECT COUNT(*) FROM \"OrderLines\" WHERE \"Status\" <> 'Allocated'", ct);

    /// <summary>
    /// Rows written per order for the orders whose channel order id starts with <paramref name="prefix"/>,
    /// e.g. "1 customer, 2 lines, 1 fulfilment order, 4 timeline": the baseline must write what the OMS writes.
    /// </summary>
    public async Task<string> RowsPerOrderAsync(string prefix, CancellationToken ct)
    {
        // The prefix is a mode name the benchmark chose: safe to splice.
        var orders = $"SELECT \"Id\" FROM \"Orders\" WHERE \"ChannelOrderId\" LIKE '{prefix}%'";
        var count = await ScalarAsync($"SELECT COUNT(*) FROM ({orders}) AS o", ct);
        if (count == 0) return "no orders";
        var customers = await ScalarAsync($"SELECT COUNT(*) FROM \"Customers\" WHERE \"Email\" LIKE '{prefix}%'", ct);
        var lines = await ScalarAsync($"SELECT COUNT(*) FROM \"OrderLines\" WHERE \"OrderId\" IN ({orders})", ct);
        var fulfilment = await ScalarAsync($"SELECT COUNT(*) FROM \"FulfilmentOrders\" WHERE \"OrderId\" IN ({orders})", ct);
        var timeline = await ScalarAsync($"SELECT COUNT(*) FROM \"OrderTimeline\" WHERE \"OrderId\" IN ({orders})", ct);
        var decisions = await ScalarAsync($"SELECT COUNT(*) FROM \"SourcingDecisions\" WHERE \"OrderId\" IN ({orders})", ct);
        var payments = await ScalarAsync($"SELECT COUNT(*) FROM \"OrderPayments\" WHERE \"OrderId\" IN ({orders})", ct);
        var transactions = await ScalarAsync(
            $"SELECT COUNT(*) FROM \"PaymentTransactions\" t JOIN \"OrderPayments\" p ON p.\"Id\" = t.\"PaymentId\" WHERE p.\"OrderId\" IN ({orders})", ct);
        var holds = await ScalarAsync($"SELECT COUNT(*) FROM \"OrderHolds\" WHERE \"OrderId\" IN ({orders})", ct);
        var explained = await ScalarAsync($"SELECT COALESCE(SUM(LENGTH(\"Explanation\")), 0) FROM \"SourcingDecisions\" WHERE \"OrderId\" IN ({orders})", ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{customers / (double)count:0.##} customer, {lines / (double)count:0.##} lines, {fulfilment / (double)count:0.##} fulfilment order, {timeline / (double)count:0.##} timeline, {decisions / (double)count:0.##} sourcing decision, {payments / (double)count:0.##} payment, {transactions / (double)count:0.##} payment transaction, {holds / (double)count:0.##} hold; explanation {explained / Math.Max(1.0, decisions):0} chars");
    }

    /// <summary>The timeline entry types of one order whose channel order id starts with <paramref name="prefix"/>, in order.</summary>
    public async Task<string> TimelineOfOneAsync(string prefix, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT t."Type" FROM "OrderTimeline" t WHERE t."OrderId" =
              (SELECT "Id" FROM "Orders" WHERE "ChannelOrderId" LIKE '{prefix}%' ORDER BY "ChannelOrderId" LIMIT 1)
            ORDER BY t."Sequence"
            """;
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) types.Add(reader.GetString(0));
        return string.Join(", ", types);
    }

    /// <summary>The first row of a query, its columns as text (null for NULL); null when there is none.</summary>
    public async Task<string?[]?> RowAsync(string sql, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null
            : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))];
    }

    public async Task<long> CountOrdersAsync(CancellationToken ct)
        => await ScalarAsync("SELECT COUNT(*) FROM \"Orders\"", ct);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        if (_sqliteFile is null) return;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_sqliteFile + suffix);
    }

    private DbConnection NewConnection() => Kind == BenchDb.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(PersistenceSetup.SqliteConnectionString(ConnectionString));

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
