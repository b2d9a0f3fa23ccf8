using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Oms.Benchmarks.Capture;
using Oms.Benchmarks.RawSql;
using Oms.Persistence;

namespace Oms.Benchmarks.Growth;

/// <summary>
/// Stores many orders fast, as the raw-SQL baseline writes them (customer, order, lines, fulfilment order, sourcing
/// decision, timeline, payment): COPY on PostgreSQL, prepared inserts in large transactions on SQLite. Their creation times
/// spread over the last <see cref="Days"/> days and their postcodes over the benchmark's, so that the fraud checks of new
/// orders meet history by customer, e-mail and address as in a live shop. No stock moves: they are history.
/// </summary>
internal static class Prefill
{
    public const int Days = 14;
    /// <summary>Orders per transaction; chunk <c>c</c>'s orders have channel order ids <c>prefill-{c * Chunk:0000000}-{1..Chunk:000000}</c>.</summary>
    public const int Chunk = 5_000;

    /// <param name="end">The latest creation time (now by default); the orders spread over the <paramref name="days"/> before it.</param>
    /// <param name="shape">Rewrites the rows of order <c>i</c> (the values arrays may be changed in place; rows may be left out).</param>
    public static async Task RunAsync(BenchDatabase database, int count, CaptureSettings settings, CancellationToken ct,
        DateTime? end = null, double days = Days, Func<int, IReadOnlyList<SqlRow>, IEnumerable<SqlRow>>? shape = null)
    {
        var now = end ?? DateTime.UtcNow;
        var random = new Random(7);
        for (var start = 0; start < count; start += Chunk)
        {
            var n = Math.Min(Chunk, count - start);
            var orders = OrderBatch.Create($"prefill-{start:0000000}", n, start, settings);
            var rows = orders.Select((o, i) => OrderRows.From(o with { ShippingAddress = OrderBatch.Address(start + i) },
                    now - TimeSpan.FromSeconds(random.NextDouble() * days * 86_400), settings.Paid))
                .SelectMany((w, i) => shape is null ? w.Final : shape(start + i, w.Final)).GroupBy(r => (TableShape)r.Shape).ToList();
            if (database.Kind == BenchDb.Postgres) await CopyAsync(database.ConnectionString, rows, ct);
            else await InsertAsync(database.ConnectionString, rows, ct);
            if ((start + n) % 20_000 == 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {start + n} orders stored"));
        }
        await AnalyseAsync(database, ct);
    }

    private static async Task CopyAsync(string connectionString, List<IGrouping<TableShape, SqlRow>> tables, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        foreach (var table in tables)
        {
            var columns = string.Join(", ", table.Key.Columns.Select(c => $"\"{c}\""));
            await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{table.Key.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in table)
            {
                await copy.StartRowAsync(ct);
                foreach (var value in row.Values)
                {
                    if (value is null) await copy.WriteNullAsync(ct);
                    else await copy.WriteAsync(value, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task InsertAsync(string connectionString, List<IGrouping<TableShape, SqlRow>> tables, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(PersistenceSetup.SqliteConnectionString(connectionString));
        await connection.OpenAsync(ct);
        await using var tx = connection.BeginTransaction(deferred: false);
        foreach (var table in tables)
        {
            await using var insert = new SqliteCommand(table.Key.SqliteSql, connection, tx);
            var parameters = table.Key.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
            insert.Prepare();
            foreach (var row in table)
            {
                for (var i = 0; i < parameters.Length; i++) parameters[i].Value = SqliteBaseline.ToSqlite(row.Values[i]);
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Statistics as autovacuum would have them after such growth (PostgreSQL); SQLite is left as the OMS leaves it.</summary>
    private static async Task AnalyseAsync(BenchDatabase database, CancellationToken ct)
    {
        if (database.Kind != BenchDb.Postgres) return;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var analyse = new NpgsqlCommand("ANALYZE", connection);
        await analyse.ExecuteNonQueryAsync(ct);
    }
}
