using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class RecordWebhookAttemptHandler : ICommandHandler<RecordWebhookAttempt, string?>
{
    public async Task<string?> HandleAsync(RecordWebhookAttempt command, CommandContext ctx, CancellationToken ct)
    {
        var call = command.Call;
        var subscription = await ctx.Db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == command.SubscriptionId, ct);
        // Deleted (with its log) while the request was on its way: nothing to record.
        if (subscription is null || !await ctx.Db.OutboxDeliveries.AnyAsync(d => d.Id == command.DeliveryId, ct)) return null;
        ctx.Db.WebhookAttempts.Add(new WebhookAttempt(Ids.Next(ctx.Now), command.SubscriptionId, command.DeliveryId, command.EventId,
            command.EventType, command.Attempt, call.At, call.DurationMs, call.StatusCode, call.Error, call.Succeeded));
        if (call.Succeeded) return null;

        string? reason = null;
        if (call.Gone)
            reason = $"The endpoint answered 410 Gone at {call.At:u} (event {command.EventId}): it asked for no more events.";
        else if (command.LastAttempt)
        {
            var since = await ctx.Db.WebhookAttempts.Where(a => a.DeliveryId == command.DeliveryId && a.Attempt == 1)
                .MaxAsync(a => (DateTime?)a.At, ct) ?? call.At;
            var answered = await ctx.Db.WebhookAttempts.AnyAsync(a => a.SubscriptionId == command.SubscriptionId && a.Succeeded
                && a.At >= since, ct);
            if (!answered)
                reason = $"Every delivery failed from {since:u} to {call.At:u}: event {command.EventId} ({command.EventType}) was tried " +
                    $"{command.Attempt} times, the last with: {Shorten(call.Error)}";
        }
        return reason is not null && subscription.Disable(reason, ctx.Now) ? reason : null;
    }

    private static string Shorten(string? error) => error is null ? "no answer" : error.Length <= 400 ? error : error[..400] + "…";
}
