using Microsoft.EntityFrameworkCore;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Features.Orders;
using Oms.Server.Web;

namespace Oms.Server.Features.Sourcing;

public sealed record BackorderRunResponse(int OrdersTried, int LinesAllocated, IReadOnlyList<string> Orders);

/// <summary>
/// When stock arrives, back-ordered lines are sourced again, oldest order first (orders promised against a receipt
/// that just arrived before all others), each order in its own transaction
/// so that one order's conflict does not hold the others back.
/// </summary>
public sealed partial class BackorderAllocator(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BackorderAllocator> log)
{
    /// <summary>Sources the back-orders of the given SKUs (all when none); orders promised against <paramref name="receivedReceipt"/> go first.</summary>
    public async Task<BackorderRunResponse> AllocateAsync(IReadOnlyCollection<string>? skus, CancellationToken ct, Guid? receivedReceipt = null)
    {
        List<Guid> orderIds;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var waiting = db.OrderLines.AsNoTracking().Where(l => l.Status == LineStatus.Backordered);
            if (skus is { Count: > 0 }) waiting = waiting.Where(l => skus.Contains(l.Sku));
            var lines = await waiting.Select(l => new { OrderId = EF.Property<Guid>(l, "OrderId"), l.ExpectedReceiptId }).ToListAsync(ct);
            var ids = lines.Select(l => l.OrderId).Distinct().ToList();
            var promised = lines.Where(l => receivedReceipt is not null && l.ExpectedReceiptId == receivedReceipt).Select(l => l.OrderId).ToHashSet();
            var byAge = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id))
                .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
            orderIds = [.. byAge.Where(promised.Contains), .. byAge.Where(id => !promised.Contains(id))];
        }

        var allocated = 0;
        var numbers = new List<string>();
        foreach (var orderId in orderIds)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var sourcer = scope.ServiceProvider.GetRequiredService<LineSourcer>();
            try
            {
                var (count, number) = await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync(async token =>
                {
                    var order = await db.LoadAsync(orderId.ToString(), token);
                    var before = order.Lines.Count(l => l.Status == LineStatus.Backordered);
                    await sourcer.SourceAsync(order, await sourcer.LocationsAsync(token), clock.GetUtcNow().UtcDateTime, token);
                    return (before - order.Lines.Count(l => l.Status == LineStatus.Backordered), order.Number);
                }, ct);
                allocated += count;
                if (count > 0) numbers.Add(number);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
            {
                // The order changed meanwhile (cancelled, say); the next run picks it up if it still waits.
                LogSkipped(log, orderId);
            }
        }
        return new BackorderRunResponse(orderIds.Count, allocated, numbers);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Back-order run skipped order {OrderId}: it changed concurrently")]
    private static partial void LogSkipped(ILogger logger, Guid orderId);
}
