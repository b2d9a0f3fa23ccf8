using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Npgsql;
using Oms.Benchmarks.Capture;
using Oms.Server.Features.Orders;

namespace Oms.Benchmarks.RawSql;

/// <summary>
/// The baseline on PostgreSQL: per order one transaction with plain Npgsql. Each reservation is its own
/// conditional UPDATE checked by row count (a real client needs the answer before the next line); the
/// inserts go in one batch, one round trip, as EF Core's SaveChanges sends them.
/// </summary>
internal sealed class PostgresBaseline(NpgsqlDataSource dataSource) : IOrderSink
{
    /// <summary>The OMS's own reservation (StockLedger.TryReserveAsync), written out.</summary>
    private const string Reserve = """
        UPDATE "Stock" SET "Reserved" = "Reserved" + $1, "UpdatedAt" = $2
        WHERE "LocationCode" = $3 AND "Sku" = $4 AND "OnHand" - "Reserved" - "SafetyStock" >= $1
        """;

    public async Task CaptureAsync(CaptureOrderRequest order, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var write = OrderRows.From(order, now);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);

        foreach (var claim in write.Claims)
        {
            await using var update = new NpgsqlCommand(Reserve, connection, tx)
            {
                Parameters = { new() { Value = claim.Quantity }, new() { Value = now }, new() { Value = claim.Location }, new() { Value = claim.Sku } },
            };
            if (await update.ExecuteNonQueryAsync(ct) != 1)
                throw new InvalidOperationException($"{claim.Location} has too little free stock of {claim.Sku}.");
        }

        await using var batch = new NpgsqlBatch(connection, tx);
        foreach (var row in write.Inserts)
        {
            var insert = new NpgsqlBatchCommand(row.Table.PostgresInsert);
            foreach (var value in row.Values)
                insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            batch.BatchCommands.Add(insert);
        }
        await batch.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }
}
