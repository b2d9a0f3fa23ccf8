using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Release;

/// <summary>
/// Releases fulfilment orders whose cancellation window has passed (and whose order is on no hold) to their locations,
/// each order in a command of its own; a periodic sweep on one node at a time.
/// </summary>
public sealed class ReleaseSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OmsOptions> options) : IPeriodicJob
{
    public string Name => "release-due";
    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(5, options.Value.Release.SweepIntervalSeconds));

    public Task RunAsync(IServiceProvider services, CancellationToken ct) => SweepAsync(ct);

    public async Task<ReleaseSweepResponse> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid Id, string Number)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var rows = await db.FulfilmentOrders.AsNoTracking()
                .Where(f => f.Status == FulfilmentOrderStatus.Allocated && f.DeliveryMethod != DeliveryMethod.CarryOut)
                .Join(db.Orders.AsNoTracking().Where(o => o.ReleaseAfter != null && o.ReleaseAfter <= now), f => f.OrderId, o => o.Id,
                    (f, o) => new { o.Id, o.Number, o.ReleaseAfter })
                // The longest due first, so that a backlog of more than one round is worked off in the order it fell due.
                .Distinct().OrderBy(r => r.ReleaseAfter).ThenBy(r => r.Id).Take(1000).ToListAsync(ct);
            due = [.. rows.Select(r => (r.Id, r.Number))];
        }
        var released = 0;
        var numbers = new List<string>();
        foreach (var (id, number) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<CommandBus>().SendAsync(new ReleaseDue(id), Actor.System, ct);
            released += count;
            if (count > 0) numbers.Add(number);
        }
        return new ReleaseSweepResponse(released, numbers);
    }
}
