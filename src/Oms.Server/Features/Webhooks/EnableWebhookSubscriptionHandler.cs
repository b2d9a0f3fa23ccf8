using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class EnableWebhookSubscriptionHandler : ICommandHandler<EnableWebhookSubscription, WebhookSubscription>
{
    public async Task<WebhookSubscription> HandleAsync(EnableWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.Id, ct);
        subscription.Enable(ctx.Now);
        return subscription;
    }
}
