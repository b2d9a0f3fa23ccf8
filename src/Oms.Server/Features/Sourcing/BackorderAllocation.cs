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

public sealed record BackorderRunResponse(int OrdersTried, int LinesAllocated, IReadOnlyList<string> Orders);

/// <summary>
/// When on-hand goes up, back-ordered lines of those SKUs are sourced again, oldest order first (orders promised against
/// a receipt that just arrived before all others), each order in a command of its own so that one order's conflict
/// does not hold the others back. Runs inline after the command that raised stock, and from the API.
/// </summary>
public sealed partial class BackorderAllocation(ILogger<BackorderAllocation> log) : IOutboxHandler
{
    private static readonly Actor Sourcing = new("system", "backorders");

    public string Name => "backorders";
    public bool RunsInline => true;
    public RetryPolicy Retry => RetryPolicy.Internal;
    public bool Wants(string eventType, bool isInternal) => isInternal && eventType == InternalEvents.AllocateBackorders;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var data = JsonSerializer.Deserialize<SkusData>(message.Data, OmsJson.Options)!;
        await AllocateAsync(services, data.Skus, ct, data.ReceivedReceipt);
        return HandlerResult.Done;
    }

    /// <summary>Sources the back-orders of the given SKUs (all when none); orders promised against <paramref name="receivedReceipt"/> go first.</summary>
    public async Task<BackorderRunResponse> AllocateAsync(IServiceProvider services, IReadOnlyCollection<string>? skus, CancellationToken ct, Guid? receivedReceipt = null)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var waiting = db.OrderLines.AsNoTracking().Where(l => l.Status == LineStatus.Backordered);
        if (skus is { Count: > 0 }) waiting = waiting.Where(l => skus.Contains(l.Sku));
        var lines = await waiting.Select(l => new { OrderId = EF.Property<Guid>(l, "OrderId"), l.ExpectedReceiptId }).ToListAsync(ct);
        var ids = lines.Select(l => l.OrderId).Distinct().ToList();
        var promised = lines.Where(l => receivedReceipt is not null && l.ExpectedReceiptId == receivedReceipt).Select(l => l.OrderId).ToHashSet();
        var byAge = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        List<Guid> orderIds = [.. byAge.Where(promised.Contains), .. byAge.Where(id => !promised.Contains(id))];

        var bus = services.GetRequiredService<CommandBus>();
        var allocated = 0;
        var numbers = new List<string>();
        foreach (var orderId in orderIds)
        {
            try
            {
                var before = lines.Count(l => l.OrderId == orderId);
                var order = await bus.SendAsync(new SourceOrder(orderId.ToString()), Sourcing, ct);
                var count = before - order.Lines.Count(l => l.Status == LineStatus.Backordered);
                allocated += Math.Max(0, count);
                if (count > 0) numbers.Add(order.Number);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The order kept changing meanwhile (cancelled, say); the next run picks it up if it still waits.
                LogSkipped(log, orderId);
            }
        }
        return new BackorderRunResponse(orderIds.Count, allocated, numbers);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Back-order run skipped order {OrderId}: it changed concurrently")]
    private static partial void LogSkipped(ILogger logger, Guid orderId);
}
