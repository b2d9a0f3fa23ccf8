using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;

namespace Oms.Server.Core.Outbox;

/// <summary>The relay's SQL: claims that one node at a time wins (SKIP LOCKED on PostgreSQL), and the outcome of a delivery.</summary>
internal static class OutboxStore
{
    private const string Claimable = """
        "Status" = 'Pending' AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < @now)
        """;

    /// <summary>Claims up to <paramref name="limit"/> due deliveries for <paramref name="node"/>; each claim counts as an attempt.</summary>
    public static Task<List<Claim>> ClaimDueAsync(OmsDbContext db, string node, DateTime now, DateTime until, int limit, CancellationToken ct)
    {
        var skipLocked = db.Database.IsSqlite() ? "" : " FOR UPDATE SKIP LOCKED";
        return ClaimAsync(db, $"""
            UPDATE "OutboxDeliveries" SET "ClaimedBy" = @node, "ClaimedUntil" = @until, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (SELECT "Id" FROM "OutboxDeliveries" WHERE {Claimable} AND "DueAt" <= @now ORDER BY "DueAt" LIMIT {limit}{skipLocked})
            RETURNING "Id", "EventId", "Handler", "Attempts";
            """, node, now, until, ct);
    }

    public static Task<int> CompleteAsync(OmsDbContext db, Guid id, string node, DateTime now, CancellationToken ct)
        => db.OutboxDeliveries.Where(d => d.Id == id && d.ClaimedBy == node && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Delivered).SetProperty(d => d.CompletedAt, now)
                .SetProperty(d => d.ClaimedUntil, (DateTime?)null).SetProperty(d => d.LastError, (string?)null), ct);

    public static Task<int> RescheduleAsync(OmsDbContext db, Guid id, string node, DateTime due, string error, CancellationToken ct)
        => db.OutboxDeliveries.Where(d => d.Id == id && d.ClaimedBy == node && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.DueAt, due).SetProperty(d => d.ClaimedUntil, (DateTime?)null)
                .SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.LastError, Trim(error)), ct);

    public static Task<int> DeadLetterAsync(OmsDbContext db, Guid id, string node, DateTime now, string error, CancellationToken ct)
        => db.OutboxDeliveries.Where(d => d.Id == id && d.ClaimedBy == node && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.DeadLettered).SetProperty(d => d.CompletedAt, now)
                .SetProperty(d => d.ClaimedUntil, (DateTime?)null).SetProperty(d => d.LastError, Trim(error)), ct);

    private static string Trim(string error) => error.Length <= 2000 ? error : error[..2000];

    private static async Task<List<Claim>> ClaimAsync(OmsDbContext db, string sql, string node, DateTime now, DateTime until, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            var sqlite = db.Database.IsSqlite();
            SqlParameters.Add(cmd, "@node", node, sqlite);
            SqlParameters.Add(cmd, "@now", now, sqlite);
            SqlParameters.Add(cmd, "@until", until, sqlite);
            var claims = new List<Claim>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                claims.Add(new Claim(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3)));
            return claims;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    public sealed record Claim(Guid DeliveryId, Guid EventId, string Handler, int Attempts);
}
