using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Outbox;

/// <summary>
/// Puts a dead-lettered delivery back in the queue, due now, with a full set of attempts; the relay delivers it after
/// the commit. Only a dead letter: a pending delivery is already on its way and a delivered one is done.
/// </summary>
public sealed record RedriveDelivery(Guid DeliveryId) : ICommand<Guid>;

internal sealed class RedriveDeliveryHandler : ICommandHandler<RedriveDelivery, Guid>
{
    public async Task<Guid> HandleAsync(RedriveDelivery command, CommandContext ctx, CancellationToken ct)
    {
        var id = command.DeliveryId;
        var rows = await ctx.Db.OutboxDeliveries.Where(d => d.Id == id && d.Status == DeliveryStatus.DeadLettered)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.DueAt, ctx.Now)
                .SetProperty(d => d.Attempts, 0).SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.ClaimedUntil, (DateTime?)null)
                .SetProperty(d => d.LastError, $"redriven by {ctx.Actor}"), ct);
        if (rows == 1) return id;
        var status = await ctx.Db.OutboxDeliveries.AsNoTracking().Where(d => d.Id == id).Select(d => (DeliveryStatus?)d.Status)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Outbox delivery", id.ToString());
        throw new InvalidTransitionException($"delivery {id}", status.ToString(), "Redrive",
            $"Only a dead-lettered delivery can be redriven; this one is {status}.");
    }
}
