using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>What a refused command must leave exactly as it was: counts of every table and every stock row.</summary>
public sealed record DbSnapshot(int Orders, int Lines, int Customers, int Timeline, int Idempotency, string Stock)
{
    public static async Task<DbSnapshot> TakeAsync(OmsFixture fx)
    {
        using var scope = fx.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var stock = await db.Stock.AsNoTracking().OrderBy(s => s.LocationCode).ThenBy(s => s.Sku)
            .Select(s => $"{s.LocationCode}/{s.Sku}:{s.OnHand}/{s.Reserved}/{s.SafetyStock}").ToListAsync();
        return new DbSnapshot(
            await db.Orders.CountAsync(), await db.OrderLines.CountAsync(), await db.Customers.CountAsync(),
            await db.Set<Domain.Orders.TimelineEntry>().CountAsync(), await db.IdempotencyRecords.CountAsync(),
            string.Join(';', stock));
    }
}
