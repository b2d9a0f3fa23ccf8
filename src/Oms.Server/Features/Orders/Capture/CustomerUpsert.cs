using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oms.Domain.Customers;
using Oms.Persistence;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Orders.Capture;

/// <summary>
/// The customer of a new order, by e-mail, in one statement: inserted, or refreshed with the latest name and phone. Two
/// first orders of one customer racing meet in the database's unique index and both get the same customer, instead
/// of one failing on a read-then-insert.
/// </summary>
internal static class CustomerUpsert
{
    public static async Task<Guid> UpsertAsync(OmsDbContext db, Customer candidate, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var id = SqlParameters.Add(cmd, "id", candidate.Id, sqlite);
        var email = SqlParameters.Add(cmd, "email", candidate.Email, sqlite);
        var name = SqlParameters.Add(cmd, "name", candidate.Name, sqlite);
        var phone = SqlParameters.Add(cmd, "phone", (object?)candidate.Phone ?? DBNull.Value, sqlite);
        var at = SqlParameters.Add(cmd, "at", candidate.CreatedAt, sqlite);
        cmd.CommandText = $"""
            INSERT INTO "Customers" ("Id", "Email", "Name", "Phone", "CreatedAt") VALUES ({id}, {email}, {name}, {phone}, {at})
            ON CONFLICT ("Email") DO UPDATE SET "Name" = excluded."Name", "Phone" = COALESCE(excluded."Phone", "Customers"."Phone")
            RETURNING "Id";
            """;
        var result = await cmd.ExecuteScalarAsync(ct);
        return result switch
        {
            Guid g => g,
            string s => Guid.Parse(s),
            _ => throw new InvalidOperationException("The customer upsert returned no id."),
        };
    }
}
