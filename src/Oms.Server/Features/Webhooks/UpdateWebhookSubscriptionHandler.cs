using Microsoft.Extensions.Options;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class UpdateWebhookSubscriptionHandler(IOptions<WebhookOptions> options)
    : ICommandHandler<UpdateWebhookSubscription, WebhookSubscription>
{
    public async Task<WebhookSubscription> HandleAsync(UpdateWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.Id, ct);
        var c = WebhookSubscriptionRules.Check(command.Url, command.EventTypes, command.Secret, command.Description,
            options.Value.AllowHttp);
        subscription.Change(c.Url, [.. c.EventTypes], c.Description, c.Secret, ctx.Now);
        return subscription;
    }
}
