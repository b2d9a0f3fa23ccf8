using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class RedeliverWebhookHandler : ICommandHandler<RedeliverWebhook, Guid>
{
    public async Task<Guid> HandleAsync(RedeliverWebhook command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.SubscriptionId, ct);
        var handler = WebhookDeliveries.HandlerOf(subscription.Id);
        var delivery = await ctx.Db.OutboxDeliveries.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == command.DeliveryId && d.Handler == handler, ct)
            ?? throw new NotFoundException("Webhook delivery", command.DeliveryId.ToString());
        if (!subscription.Enabled)
            throw new InvalidTransitionException($"webhook subscription {subscription.Id}", "disabled", "redeliver",
                "The subscription is disabled: enable it first (POST …/enable), then redeliver.");
        if (delivery.Status == DeliveryStatus.Pending && delivery.ClaimedUntil > ctx.Now)
            throw new InvalidTransitionException($"webhook delivery {delivery.Id}", "being sent", "redeliver",
                "The delivery is being sent right now; look at its log in a moment.");
        var reason = $"Redelivery asked by {ctx.Actor}.";
        var rows = await ctx.Db.OutboxDeliveries.Where(d => d.Id == delivery.Id && (d.ClaimedUntil == null || d.ClaimedUntil <= ctx.Now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.DueAt, ctx.Now)
                .SetProperty(d => d.Attempts, 0).SetProperty(d => d.ClaimedBy, (string?)null)
                .SetProperty(d => d.ClaimedUntil, (DateTime?)null)
                .SetProperty(d => d.CompletedAt, (DateTime?)null).SetProperty(d => d.LastError, reason), ct);
        // A relay claimed it between the read and the update: the command runs again and answers 409 above.
        if (rows == 0) throw new CommandRaceException($"Delivery {delivery.Id} was claimed while it was being redelivered.");
        return delivery.Id;
    }
}
