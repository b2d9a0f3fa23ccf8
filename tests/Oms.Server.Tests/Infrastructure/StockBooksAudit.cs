using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// Reads the database and checks that the stock books agree with the orders, whatever ran before: no stock row has a
/// negative reservation, each row's <c>Reserved</c> is the sum of the quantities of the lines that hold a reservation
/// there (allocated, released, picked, packed, ready for pickup), no line holds a reservation at a row that does not
/// exist, and the stock journal's reserved changes add up to each row's <c>Reserved</c> (the demo data starts at zero).
/// All of it is read in one transaction, so a command that commits meanwhile is seen entirely or not at all.
/// </summary>
public static class StockBooksAudit
{
    /// <summary>The database of an in-process OMS; its outbox is drained first, so that no inline retry is still on its way.</summary>
    public static async Task AssertBalancedAsync(OmsFixture fx)
    {
        await fx.Services.GetRequiredService<Core.Outbox.OutboxRelay>().DrainAsync(CancellationToken.None);
        using var scope = fx.Services.CreateScope();
        await AssertBalancedAsync(scope.ServiceProvider.GetRequiredService<OmsDbContext>());
    }

    public static async Task AssertBalancedAsync(OmsDbContext db)
    {
        var problems = await FindProblemsAsync(db);
        Assert.True(problems.Count == 0, $"The stock books disagree with the orders:\n{string.Join('\n', problems)}");
    }

    /// <summary>Every disagreement, one line each (empty when the books balance).</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(OmsDbContext db)
    {
        var snapshot = db.Database.IsSqlite() ? IsolationLevel.Serializable : IsolationLevel.RepeatableRead;
        await using var tx = await db.Database.BeginTransactionAsync(snapshot);
        var rows = await db.Stock.AsNoTracking().Select(s => new { s.LocationCode, s.Sku, s.OnHand, s.Reserved }).ToListAsync();
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.LocationCode != null).ToListAsync();
        var journal = await db.StockMovements.AsNoTracking()
            .Select(m => new { m.LocationCode, m.Sku, m.ReservedChange }).ToListAsync();
        await tx.CommitAsync();

        var held = lines.Where(l => l.HoldsReservation).GroupBy(l => (l.LocationCode!, l.Sku))
            .ToDictionary(g => g.Key, g => (Quantity: g.Sum(l => l.Quantity), Lines: g.Count()));
        var journalled = journal.GroupBy(m => (m.LocationCode, m.Sku)).ToDictionary(g => g.Key, g => g.Sum(m => (long)m.ReservedChange));
        var problems = new List<string>();
        var known = new HashSet<(string, string)>();
        foreach (var row in rows.OrderBy(r => r.Sku, StringComparer.Ordinal).ThenBy(r => r.LocationCode, StringComparer.Ordinal))
        {
            var key = (row.LocationCode, row.Sku);
            known.Add(key);
            var (quantity, count) = held.GetValueOrDefault(key);
            var at = $"{row.Sku} at {row.LocationCode}";
            if (row.Reserved < 0) problems.Add(Text($"{at}: reserved is negative ({row.Reserved})"));
            if (row.Reserved != quantity)
                problems.Add(Text($"{at}: reserved {row.Reserved}, but {count} line(s) hold {quantity} unit(s) there"));
            var inJournal = journalled.GetValueOrDefault(key);
            if (inJournal != row.Reserved)
                problems.Add(Text($"{at}: reserved {row.Reserved}, but the journal's reserved changes add up to {inJournal}"));
        }
        foreach (var ((location, sku), (quantity, count)) in held.Where(h => !known.Contains(h.Key)))
            problems.Add(Text($"{sku} at {location}: {count} line(s) hold {quantity} unit(s), but there is no stock row"));
        return problems;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
