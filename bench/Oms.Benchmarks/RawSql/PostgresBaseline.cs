using Npgsql;
using Oms.Benchmarks.Capture;
using Oms.Server.Core.Contracts;

namespace Oms.Benchmarks.RawSql;

/// <summary>
/// The baseline on PostgreSQL with plain Npgsql. Each reservation is its own conditional UPDATE checked by row count (a
/// real client needs the answer before the next line); the other statements of a transaction go in one batch, one round
/// trip, as EF Core's SaveChanges sends them. A paid order takes two transactions, as in the OMS: the order with its
/// pending payment, then (the provider having answered) the answer, the reservations and the allocation.
/// </summary>
internal sealed class PostgresBaseline(NpgsqlDataSource dataSource, bool paid) : IOrderSink
{
    /// <summary>The OMS's reservation (Core/Stock/StockSql), written out.</summary>
    private const string Reserve = """
        UPDATE "Stock" SET "Reserved" = "Reserved" + $1, "UpdatedAt" = $2
        WHERE "LocationCode" = $3 AND "Sku" = $4 AND "OnHand" - "Reserved" - "SafetyStock" >= $1
        """;

    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var write = OrderRows.From(order, now, paid);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!paid)
        {
            await TransactionAsync(connection, write.Claims, write.Capture, now, ct);
            return;
        }
        await TransactionAsync(connection, [], write.Capture, now, ct);
        await TransactionAsync(connection, write.Claims, write.Settle, now, ct);
    }

    private static async Task TransactionAsync(NpgsqlConnection connection, IReadOnlyList<StockClaim> claims, IReadOnlyList<SqlRow> rows,
        DateTime now, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        foreach (var claim in claims)
        {
            await using var update = new NpgsqlCommand(Reserve, connection, tx)
            {
                Parameters = { new() { Value = claim.Quantity }, new() { Value = now }, new() { Value = claim.Location }, new() { Value = claim.Sku } },
            };
            if (await update.ExecuteNonQueryAsync(ct) != 1)
                throw new InvalidOperationException($"{claim.Location} has too little free stock of {claim.Sku}.");
        }
        await using var batch = new NpgsqlBatch(connection, tx);
        foreach (var row in rows)
        {
            var statement = new NpgsqlBatchCommand(row.Shape.PostgresSql);
            foreach (var value in row.Values)
                statement.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            batch.BatchCommands.Add(statement);
        }
        await batch.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }
}
