using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// What a refused command must leave exactly as it was: the row count of every table a command writes (with the sum of
/// the orders' versions, so that an updated order shows too) and every stock row. Two round trips, so that a fuzz sweep
/// can take one after every request.
/// </summary>
public sealed record DbSnapshot(string Tables, string Stock)
{
    /// <summary>Tables a command writes; the relay's own bookkeeping (delivery attempts, leases) is left out.</summary>
    private static readonly string[] Counted =
    [
        "Orders", "OrderLines", "OrderTimeline", "OrderHolds", "OrderPayments", "PaymentTransactions", "FulfilmentOrders",
        "FulfilmentRejections", "Shipments", "SourcingDecisions", "Customers", "IdempotencyRecords", "Stock", "StockMovements",
        "StockDiscrepancies", "ExpectedReceipts", "OutboxEvents", "ConfigurationVersions", "Products", "Locations", "Channels",
        "Carriers", "ReferenceDataChanges", "ImportJobs", "PostalCodeCentroids", "PostalCodeTableLoads",
        "ReturnOrders", "ReturnLines", "ReturnReceipts", "ReturnTimeline",
    ];

    private static readonly string[] Sums =
    [
        """SELECT COALESCE(SUM("Version"), 0) FROM "Orders" """,
        """SELECT COALESCE(SUM("Promised"), 0) FROM "ExpectedReceipts" """,
        """SELECT COUNT(*) FROM "ConfigurationVersions" WHERE "Active" """,
        """SELECT COUNT(*) FROM "ExpectedReceipts" WHERE "Status" = 'Open'""",
        """SELECT COALESCE(SUM("Version"), 0) FROM "ReturnOrders" """,
    ];

    internal static readonly string CountsSql = "SELECT " + string.Join(", ",
        Counted.Select(t => $"""(SELECT COUNT(*) FROM "{t}")""").Concat(Sums.Select(s => $"({s})")));

    internal const string StockSql = """SELECT "LocationCode", "Sku", "OnHand", "Reserved", "SafetyStock" FROM "Stock" ORDER BY "LocationCode", "Sku" """;

    private static readonly string[] Labels = [.. Counted, "order versions", "promised", "active configurations", "open receipts",
        "return versions"];

    /// <summary>A snapshot once earlier commands' after-commit work is done, so that it cannot land between two snapshots.</summary>
    public static async Task<DbSnapshot> TakeAsync(OmsFixture fx)
    {
        await OutboxQuiet.WaitAsync(fx, TimeSpan.FromSeconds(10));
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await TakeAsync(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A snapshot over an open connection of the caller's; <paramref name="reader"/> keeps its statements prepared.</summary>
    public static async Task<DbSnapshot> TakeAsync(DbConnection connection, DbSnapshotReader? reader = null)
    {
        var (counts, rows) = reader is null ? (Command(connection, CountsSql), Command(connection, StockSql)) : await reader.CommandsAsync();
        try
        {
            var tables = new StringBuilder();
            await using (var r = await counts.ExecuteReaderAsync())
            {
                await r.ReadAsync();
                for (var i = 0; i < Labels.Length; i++)
                    tables.Append(CultureInfo.InvariantCulture, $"{Labels[i]} {Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture)}; ");
            }
            var stock = new StringBuilder();
            await using (var r = await rows.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                    stock.Append(CultureInfo.InvariantCulture, $"{r.GetString(0)}/{r.GetString(1)}:{r.GetInt64(2)}/{r.GetInt64(3)}/{r.GetInt64(4)};");
            }
            return new DbSnapshot(tables.ToString(), stock.ToString());
        }
        finally
        {
            if (reader is null)
            {
                await counts.DisposeAsync();
                await rows.DisposeAsync();
            }
        }
    }

    /// <summary>What differs from <paramref name="other"/>, for a failure message.</summary>
    public string Difference(DbSnapshot other)
    {
        var mine = Tables.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        var theirs = other.Tables.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        var changed = mine.Zip(theirs).Where(p => p.First != p.Second).Select(p => $"{p.First} → {p.Second.Split(' ')[^1]}").ToList();
        var rowsBefore = Stock.Split(';').ToHashSet(StringComparer.Ordinal);
        var rowsAfter = other.Stock.Split(';').ToHashSet(StringComparer.Ordinal);
        changed.AddRange(rowsBefore.Except(rowsAfter).Select(r => $"stock was {r}"));
        changed.AddRange(rowsAfter.Except(rowsBefore).Select(r => $"stock now {r}"));
        return changed.Count == 0 ? "nothing" : string.Join(", ", changed.Take(12));
    }

    internal static DbCommand Command(DbConnection connection, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd;
    }
}
