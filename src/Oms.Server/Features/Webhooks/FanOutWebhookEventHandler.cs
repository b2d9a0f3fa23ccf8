using Microsoft.EntityFrameworkCore;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class FanOutWebhookEventHandler : ICommandHandler<FanOutWebhookEvent, int>
{
    public async Task<int> HandleAsync(FanOutWebhookEvent command, CommandContext ctx, CancellationToken ct)
    {
        var subscriptions = (await ctx.Db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).ToListAsync(ct))
            .Where(s => s.Wants(command.Type)).ToList();
        if (subscriptions.Count == 0) return 0;
        var ids = subscriptions.Select(s => WebhookDeliveries.DeliveryId(command.EventId, s.Id)).ToList();
        // A second run of the same fan-out finds its deliveries here (and a concurrent one loses on the primary key).
        var queued = await ctx.Db.OutboxDeliveries.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        var added = 0;
        foreach (var (subscription, id) in subscriptions.Zip(ids))
        {
            if (queued.Contains(id)) continue;
            ctx.Db.OutboxDeliveries.Add(new OutboxDelivery(id, command.EventId, WebhookDeliveries.HandlerOf(subscription.Id), ctx.Now,
                ctx.Now));
            added++;
        }
        return added;
    }
}
