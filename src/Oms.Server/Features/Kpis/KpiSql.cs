using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Kpis;

/// <summary>
/// The KPI statements: aggregates in the database, one batch and one round trip, on both providers. Each statement starts
/// from the same set of filtered orders (<c>f</c>); only the per-row arithmetic on times differs between SQLite (julianday)
/// and PostgreSQL (epoch of an interval). Percentiles use window functions, so no measurement leaves the database but three.
/// </summary>
internal static class KpiSql
{
    private const string Fulfilled = "('Shipped', 'Delivered', 'Collected', 'CarriedOut')";
    private const string ReturnCounts = """r."Status" NOT IN ('Rejected', 'Cancelled')""";
    private const string ReadyForPickup = "'line.ready-for-pickup'";

    public static async Task<KpiReport> RunAsync(OmsDbContext db, KpiFilter filter, DateTime asOf, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // PostgreSQL would JIT-compile these aggregates over a month of orders, which costs seconds more than it saves
            // (measured with bench console-pages at 100,000 orders): off for this read, and only for it.
            await using var tx = sqlite ? null : await db.Database.BeginTransactionAsync(ct);
            if (tx is not null) await db.Database.ExecuteSqlRawAsync("SET LOCAL jit = off", ct);
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = tx?.GetDbTransaction();
            SqlParameters.Add(cmd, "from", filter.From, sqlite);
            SqlParameters.Add(cmd, "to", filter.To, sqlite);
            SqlParameters.Add(cmd, "ship", filter.ShipWithinHours * 3600.0, sqlite);
            SqlParameters.Add(cmd, "pick", filter.PickupWithinHours * 3600.0, sqlite);
            if (filter.Channel is { } ch) SqlParameters.Add(cmd, "ch", ch, sqlite);
            if (filter.Location is { } loc) SqlParameters.Add(cmd, "loc", loc, sqlite);
            cmd.CommandText = Batch(filter, sqlite);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            return await KpiReader.ReadAsync(r, filter, asOf, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Batch(KpiFilter filter, bool sqlite)
    {
        var f = Orders(filter);
        string Secs(string later, string earlier) => sqlite
            ? $"((julianday({later}) - julianday({earlier})) * 86400.0)"
            : $"EXTRACT(EPOCH FROM ({later} - {earlier}))";
        var day = sqlite ? """substr(f."CreatedAt", 1, 10)""" : """to_char(f."CreatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD')""";
        var shipSecs = Secs("""s."ShippedAt" """, """f."CreatedAt" """);
        var readySecs = Secs("""t."At" """, """f."CreatedAt" """);
        return $"""
            {f}, lt AS (SELECT l."OrderId" AS id, SUM(l."UnitPrice" * l."Quantity" - l."Discount" + l."Tax") AS v
                FROM "OrderLines" l JOIN f ON l."OrderId" = f."Id" WHERE l."Status" NOT IN ('Cancelled', 'PickupExpired') GROUP BY l."OrderId")
            SELECT {day}, f."ChannelCode", COUNT(*), SUM(f."ShippingCharge" + COALESCE(lt.v, 0))
            FROM f LEFT JOIN lt ON lt.id = f."Id" GROUP BY 1, 2 ORDER BY 1, 2;

            {f} SELECT COALESCE(SUM(CASE WHEN l."Status" IN {Fulfilled} THEN l."Quantity" ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN l."Status" <> 'Cancelled' THEN l."Quantity" ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN l."Status" = 'Backordered' THEN 1 ELSE 0 END), 0)
            FROM "OrderLines" l JOIN f ON l."OrderId" = f."Id";

            {f} SELECT COUNT(DISTINCT t."LineId") FROM "OrderTimeline" t JOIN f ON t."OrderId" = f."Id" WHERE t."Type" = 'line.backordered';

            {f}, m AS (
                SELECT 'captureToShip' AS k, {shipSecs} AS v FROM "Shipments" s JOIN f ON s."OrderId" = f."Id"
                UNION ALL
                SELECT 'captureToDelivery', {Secs("""s."DeliveredAt" """, """f."CreatedAt" """)} FROM "Shipments" s JOIN f ON s."OrderId" = f."Id"
                    WHERE s."DeliveredAt" IS NOT NULL
                UNION ALL
                SELECT 'captureToPickupReady', {readySecs} FROM "OrderTimeline" t JOIN f ON t."OrderId" = f."Id" WHERE t."Type" = {ReadyForPickup}
            ), r AS (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) AS rn, COUNT(*) OVER (PARTITION BY k) AS n FROM m)
            SELECT k, n, rn, v FROM r WHERE rn = (n * 50 + 99) / 100 OR rn = (n * 90 + 99) / 100 OR rn = (n * 95 + 99) / 100;

            {f}, imperfect AS (
                SELECT l."OrderId" AS id FROM "OrderLines" l JOIN f ON l."OrderId" = f."Id" WHERE l."Status" IN ('Cancelled', 'PickupExpired')
                UNION SELECT r."OrderId" FROM "ReturnOrders" r JOIN f ON r."OrderId" = f."Id" WHERE {ReturnCounts}
                UNION SELECT s."OrderId" FROM "Shipments" s JOIN f ON s."OrderId" = f."Id" WHERE {shipSecs} > @ship
                UNION SELECT t."OrderId" FROM "OrderTimeline" t JOIN f ON t."OrderId" = f."Id" WHERE t."Type" = {ReadyForPickup}
                    AND {readySecs} > @pick)
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN f."Status" = 'Completed' AND imperfect.id IS NULL THEN 1 ELSE 0 END), 0)
            FROM f LEFT JOIN imperfect ON imperfect.id = f."Id" WHERE f."Status" IN ('Completed', 'Cancelled');

            {f} SELECT r."ReasonCode", SUM(rl."Quantity") FROM "ReturnOrders" r JOIN f ON r."OrderId" = f."Id"
                JOIN "ReturnLines" rl ON rl."ReturnOrderId" = r."Id" WHERE {ReturnCounts} GROUP BY r."ReasonCode" ORDER BY 2 DESC, 1;

            {f}, ret AS (SELECT rl."Sku" AS sku, SUM(rl."Quantity") AS q FROM "ReturnOrders" r JOIN f ON r."OrderId" = f."Id"
                    JOIN "ReturnLines" rl ON rl."ReturnOrderId" = r."Id" WHERE {ReturnCounts} GROUP BY rl."Sku"),
                sold AS (SELECT l."Sku" AS sku, SUM(l."Quantity") AS q FROM "OrderLines" l JOIN f ON l."OrderId" = f."Id"
                    WHERE l."Status" IN {Fulfilled} GROUP BY l."Sku")
            SELECT ret.sku, ret.q, COALESCE(sold.q, 0) FROM ret LEFT JOIN sold ON sold.sku = ret.sku ORDER BY ret.q DESC, ret.sku LIMIT 50;

            {f} SELECT COUNT(*), COALESCE(SUM(CASE WHEN loc."Type" = 'Store' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN {shipSecs} > @ship THEN 1 ELSE 0 END), 0)
            FROM "Shipments" s JOIN f ON s."OrderId" = f."Id" JOIN "FulfilmentOrders" fo ON fo."Id" = s."FulfilmentOrderId"
                LEFT JOIN "Locations" loc ON loc."Code" = fo."LocationCode";

            {f} SELECT COUNT(*), COALESCE(SUM(CASE WHEN x.c > 1 THEN 1 ELSE 0 END), 0)
            FROM (SELECT s."OrderId", COUNT(*) AS c FROM "Shipments" s JOIN f ON s."OrderId" = f."Id" GROUP BY s."OrderId") x;

            {f} SELECT COUNT(*), COALESCE(SUM(CASE WHEN {readySecs} > @pick THEN 1 ELSE 0 END), 0)
            FROM "OrderTimeline" t JOIN f ON t."OrderId" = f."Id" WHERE t."Type" = {ReadyForPickup};
            """;
    }

    /// <summary>The filtered orders as a common table expression; codes travel as parameters.</summary>
    private static string Orders(KpiFilter filter)
    {
        var where = """o."CreatedAt" >= @from AND o."CreatedAt" < @to""";
        if (filter.Channel is not null) where += """ AND o."ChannelCode" = @ch""";
        if (filter.Location is not null)
            where += """
                 AND (o."SellingLocationCode" = @loc OR EXISTS (SELECT 1 FROM "OrderLines" x WHERE x."OrderId" = o."Id"
                    AND (x."LocationCode" = @loc OR x."PickupLocationCode" = @loc)))
                """;
        return $"""WITH f AS (SELECT o."Id", o."CreatedAt", o."ChannelCode", o."Status", o."ShippingCharge" FROM "Orders" o WHERE {where})""";
    }

    internal static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    internal static decimal Money(DbDataReader r, int i)
        => r.IsDBNull(i) ? 0m : Math.Round(Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture), 2);

    internal static decimal Hours(DbDataReader r, int i)
        => Math.Round(Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture) / 3600m, 2);
}
