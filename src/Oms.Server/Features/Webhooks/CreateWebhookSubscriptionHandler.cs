using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class CreateWebhookSubscriptionHandler(IOptions<WebhookOptions> options)
    : ICommandHandler<CreateWebhookSubscription, WebhookSubscription>
{
    public Task<WebhookSubscription> HandleAsync(CreateWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var c = WebhookSubscriptionRules.Check(command.Url, command.EventTypes, command.Secret, command.Description,
            options.Value.AllowHttp);
        var subscription = new WebhookSubscription(Ids.Next(ctx.Now), c.Url, [.. c.EventTypes], c.Secret ?? WebhookSecrets.New(),
            c.Description, ctx.Actor, ctx.Now);
        ctx.Db.WebhookSubscriptions.Add(subscription);
        return Task.FromResult(subscription);
    }
}
