using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Takes new events again; deliveries dead-lettered meanwhile are redelivered by hand.</summary>
public sealed record EnableWebhookSubscription(Guid Id) : ICommand<WebhookSubscription>;

internal sealed class EnableWebhookSubscriptionHandler : ICommandHandler<EnableWebhookSubscription, WebhookSubscription>
{
    public async Task<WebhookSubscription> HandleAsync(EnableWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.Id, ct);
        subscription.Enable(ctx.Now);
        return subscription;
    }
}
