using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Json;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Sourcing;

/// <summary>
/// A count (or a till sale) left a location with fewer units on hand than it promised. The newest promises there that
/// the location has not yet picked give their units back, one order per command, until the books balance; each line is
/// sourced again, on its order's timeline. Runs inline after the command that caused it.
/// </summary>
public sealed class ShortfallResolution : IOutboxHandler
{
    private static readonly Actor Sourcing = new("system", "stock-shortfall");

    public string Name => "shortfall";
    public bool RunsInline => true;
    public RetryPolicy Retry => RetryPolicy.Internal;
    public bool Wants(string eventType, bool isInternal) => isInternal && eventType == InternalEvents.ResolveShortfall;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var key = JsonSerializer.Deserialize<StockRowKey>(message.Data, OmsJson.Options)!;
        var db = services.GetRequiredService<OmsDbContext>();
        var bus = services.GetRequiredService<CommandBus>();
        var tried = new HashSet<Guid>();
        while (true)
        {
            db.ChangeTracker.Clear();
            var row = await db.Stock.AsNoTracking().FirstOrDefaultAsync(s => s.LocationCode == key.Location && s.Sku == key.Sku, ct);
            if (row is null || row.Reserved <= Math.Max(0, row.OnHand)) return HandlerResult.Done;
            var next = await db.OrderLines.AsNoTracking()
                .Where(l => l.LocationCode == key.Location && l.Sku == key.Sku && (l.Status == LineStatus.Allocated || l.Status == LineStatus.Released))
                .Select(l => EF.Property<Guid>(l, "OrderId"))
                .Join(db.Orders.AsNoTracking(), id => id, o => o.Id, (id, o) => new { o.Id, o.CreatedAt })
                .Where(o => !tried.Contains(o.Id))
                .OrderByDescending(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
            // Only picked or staged goods hold the rest: the discrepancy asks the store to recount.
            if (next is not { } orderId) return HandlerResult.Done;
            tried.Add(orderId);
            await bus.SendAsync(new ResolveShortfall(orderId, key.Location, key.Sku), Sourcing, ct);
        }
    }
}
