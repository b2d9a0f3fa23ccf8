using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Pickups;

/// <summary>
/// Uncollected pickups expire after the configured number of days and their stock is released: each order in a
/// command of its own, so one bad order cannot hold the others back. A periodic sweep on one node at a time.
/// </summary>
public sealed class PickupExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OmsOptions> options) : IPeriodicJob
{
    public string Name => "pickup-expiry";
    public TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.Pickup.SweepIntervalMinutes));

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => SweepAsync(ct);

    public async Task<PickupSweepResponse> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid Id, string Number)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var ids = await db.OrderLines.AsNoTracking()
                .Where(l => l.Status == LineStatus.ReadyForPickup && l.PickupExpiresAt <= now)
                .Select(l => EF.Property<Guid>(l, "OrderId")).Distinct().ToListAsync(ct);
            due = [.. (await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Number }).ToListAsync(ct))
                .Select(o => (o.Id, o.Number))];
        }
        var expired = 0;
        var numbers = new List<string>();
        foreach (var (id, number) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<CommandBus>().SendAsync(new ExpirePickups(id), Actor.System, ct);
            expired += count;
            if (count > 0) numbers.Add(number);
        }
        return new PickupSweepResponse(expired, numbers);
    }
}
