using Oms.Domain.Common;
using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

internal sealed class DisableWebhookSubscriptionHandler : ICommandHandler<DisableWebhookSubscription, WebhookSubscription>
{
    /// <summary>With the actor it still fits the stored reason.</summary>
    private const int MaxReason = 500;

    public async Task<WebhookSubscription> HandleAsync(DisableWebhookSubscription command, CommandContext ctx, CancellationToken ct)
    {
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (reason is { Length: > MaxReason }) throw new BusinessRuleException("reason", $"reason must be at most {MaxReason} characters.");
        var subscription = await WebhookQueries.TrackedAsync(ctx.Db, command.Id, ct);
        subscription.Disable(reason is null ? $"Disabled by {ctx.Actor}." : $"Disabled by {ctx.Actor}: {reason}", ctx.Now);
        return subscription;
    }
}
