using Microsoft.EntityFrameworkCore;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class DeleteWebhookSubscriptionHandler : ICommandHandler<DeleteWebhookSubscription, Guid>
{
    public async Task<Guid> HandleAsync(DeleteWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.Id, ct);
        var handler = WebhookDeliveries.HandlerOf(subscription.Id);
        // The attempts go with their deliveries (cascade); a delivery on its way finds the subscription gone and records nothing.
        await ctx.Db.OutboxDeliveries.Where(d => d.Handler == handler).ExecuteDeleteAsync(ct);
        ctx.Db.WebhookSubscriptions.Remove(subscription);
        return subscription.Id;
    }
}
