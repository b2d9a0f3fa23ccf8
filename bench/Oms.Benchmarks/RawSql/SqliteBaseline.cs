using System.Globalization;
using Microsoft.Data.Sqlite;
using Oms.Benchmarks.Capture;
using Oms.Persistence;
using Oms.Server.Core.Contracts;

namespace Oms.Benchmarks.RawSql;

/// <summary>
/// The baseline on SQLite with plain Microsoft.Data.Sqlite: per transaction BEGIN IMMEDIATE (the write lock up front, as
/// the OMS's transactions take it), the conditional reservations, the other statements, COMMIT; a paid order in two
/// transactions, as on PostgreSQL. Same connection string and per-connection pragmas as the OMS, so that busy timeout,
/// foreign keys and sync mode match.
/// </summary>
/// <param name="opened">Called with each connection it opens (a statement counter hooks it).</param>
internal sealed class SqliteBaseline(string connectionString, bool paid, Action<SqliteConnection>? opened = null) : IOrderSink
{
    private const string Pragmas = "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    private const string Reserve = """
        UPDATE "Stock" SET "Reserved" = "Reserved" + @q, "UpdatedAt" = @now
        WHERE "LocationCode" = @l AND "Sku" = @s AND "OnHand" - "Reserved" - "SafetyStock" >= @q
        """;

    private readonly string _connectionString = PersistenceSetup.SqliteConnectionString(connectionString);

    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var write = OrderRows.From(order, now, paid);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        opened?.Invoke(connection);
        await using (var pragmas = new SqliteCommand(Pragmas, connection))
            await pragmas.ExecuteNonQueryAsync(ct);
        if (!paid)
        {
            await TransactionAsync(connection, write.Claims, write.Capture, now, ct);
            return;
        }
        await TransactionAsync(connection, [], write.Capture, now, ct);
        await TransactionAsync(connection, write.Claims, write.Settle, now, ct);
    }

    private static async Task TransactionAsync(SqliteConnection connection, IReadOnlyList<StockClaim> claims, IReadOnlyList<SqlRow> rows,
        DateTime now, CancellationToken ct)
    {
        // deferred: false is BEGIN IMMEDIATE; it waits up to the busy timeout for the write lock.
        await using var tx = connection.BeginTransaction(deferred: false);
        foreach (var claim in claims)
        {
            await using var update = new SqliteCommand(Reserve, connection, tx);
            update.Parameters.AddWithValue("@q", claim.Quantity);
            update.Parameters.AddWithValue("@now", ToSqlite(now));
            update.Parameters.AddWithValue("@l", claim.Location);
            update.Parameters.AddWithValue("@s", claim.Sku);
            if (await update.ExecuteNonQueryAsync(ct) != 1)
                throw new InvalidOperationException($"{claim.Location} has too little free stock of {claim.Sku}.");
        }
        foreach (var row in rows)
        {
            await using var statement = new SqliteCommand(row.Shape.SqliteSql, connection, tx);
            for (var i = 0; i < row.Values.Length; i++)
                statement.Parameters.AddWithValue($"@p{i}", ToSqlite(row.Values[i]));
            await statement.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>Values as EF Core's SQLite provider stores them: GUIDs, times and decimals as TEXT.</summary>
    internal static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D").ToUpperInvariant(),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        _ => value,
    };
}
