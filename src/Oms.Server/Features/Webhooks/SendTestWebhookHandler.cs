using Oms.Domain.Common;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Json;

namespace Oms.Server.Features.Webhooks;

internal sealed class SendTestWebhookHandler : ICommandHandler<SendTestWebhook, Guid>
{
    public const string Type = "webhook.test";

    public async Task<Guid> HandleAsync(SendTestWebhook command, CommandContext ctx, CancellationToken ct)
    {
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.SubscriptionId, ct);
        if (!subscription.Enabled)
            throw new InvalidTransitionException($"webhook subscription {subscription.Id}", "disabled", "send a test event to",
                "The subscription is disabled: enable it first (POST …/enable).");
        var data = new WebhookTestData(subscription.Id, $"A test event, sent at the request of {ctx.Actor}.");
        // Written straight to this subscription's queue: no other handler and no other subscription sees a test event.
        var e = new OutboxEvent(Ids.Next(ctx.Now), Type, 1, subscription.Id.ToString(), null, ctx.Now, OmsJson.Serialize(data), false);
        ctx.Db.OutboxEvents.Add(e);
        var delivery = new OutboxDelivery(WebhookDeliveries.DeliveryId(e.Id, subscription.Id), e.Id,
            WebhookDeliveries.HandlerOf(subscription.Id), ctx.Now, ctx.Now);
        ctx.Db.OutboxDeliveries.Add(delivery);
        return delivery.Id;
    }
}
