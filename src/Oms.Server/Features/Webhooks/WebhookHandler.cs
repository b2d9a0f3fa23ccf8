using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Webhooks;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Webhooks through the outbox. The relay gives this handler every published event once (delivery <c>webhooks</c>);
/// it queues one delivery per enabled subscription that wants the type (<c>webhooks:{subscription id}</c>), in a command
/// of its own. The relay then hands each of those back here, one node at a time, with the retries of <see cref="Backoff"/>:
/// every attempt is POSTed, logged, and judged: 2xx done, 410 Gone disables the subscription, anything else is tried
/// again; after the last attempt the delivery is dead-lettered, and a subscription that has not succeeded once since
/// that delivery's first attempt (about a day) is disabled with the reason.
/// </summary>
public sealed partial class WebhookHandler(WebhookSender sender, IOptions<WebhookOptions> options, ILogger<WebhookHandler> log)
    : IOutboxHandler, IOutboxInterest
{
    private readonly WebhookInterest _interest = new();

    /// <summary>30 s doubling to 5 h, 14 attempts: the last one about 23 h (±20 %) after the first.</summary>
    public static readonly RetryPolicy Backoff = new(TimeSpan.FromSeconds(30), 2, TimeSpan.FromHours(5), 14);

    public static readonly Actor Actor = new("system", "webhooks");

    public string Name => WebhookDeliveries.Handler;
    public bool RunsInline => false;
    public RetryPolicy Retry => Backoff;

    /// <summary>Published events some enabled subscription wants (as this node knows them, see <see cref="WebhookInterest"/>).</summary>
    public bool Wants(string eventType, bool isInternal) => !isInternal && options.Value.Enabled && _interest.Covers(eventType);

    public ValueTask RefreshAsync(OmsDbContext db, CancellationToken ct) => options.Value.Enabled ? _interest.RefreshAsync(db, ct) : ValueTask.CompletedTask;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        var bus = services.GetRequiredService<CommandBus>();
        var db = services.GetRequiredService<OmsDbContext>();
        if (message.HandlerKey is not { } key)
        {
            // Most events interest no subscription: a read, and no command, settles those.
            var types = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).Select(s => s.EventTypes).ToListAsync(ct);
            if (types.Any(t => t.Split(' ').Any(p => WebhookSubscription.Covers(p, message.Type))))
                await bus.SendAsync(new FanOutWebhookEvent(message.EventId, message.Type), Actor, ct);
            return HandlerResult.Done;
        }
        if (!Guid.TryParse(key, out var subscriptionId)) return HandlerResult.Dead($"'{key}' is not a subscription id.");

        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null) return HandlerResult.Dead("The subscription was deleted.");
        if (!subscription.Enabled) return HandlerResult.Dead($"Not sent: the subscription is disabled ({subscription.DisabledReason})");

        var call = await sender.SendAsync(subscription, message, ct);
        var last = message.Attempt >= Backoff.MaxAttempts;
        var disabled = await bus.SendAsync(new RecordWebhookAttempt(subscription.Id, message.DeliveryId, message.EventId, message.Type,
            message.Attempt, call, last), Actor, ct);
        if (call.Succeeded) return HandlerResult.Done;

        LogFailed(log, subscription.Id, message.Type, message.EventId, message.Attempt, call.StatusCode, call.DurationMs);
        if (disabled is not null)
        {
            LogDisabled(log, subscription.Id, disabled);
            return HandlerResult.Dead($"{call.Error}; the subscription was disabled.");
        }
        return HandlerResult.Again(call.Error ?? "failed", call.RetryAfter);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Webhook {SubscriptionId}: {Type} event {EventId} attempt {Attempt} failed (status {Status}, {DurationMs} ms)")]
    private static partial void LogFailed(ILogger logger, Guid subscriptionId, string type, Guid eventId, int attempt, int? status, int durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, string reason);
}
