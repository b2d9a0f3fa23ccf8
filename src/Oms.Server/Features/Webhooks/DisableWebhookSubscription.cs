using Oms.Domain.Webhooks;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Stops new deliveries (queued ones are dead-lettered when due); the reason names who switched it off.</summary>
public sealed record DisableWebhookSubscription(Guid Id, string? Reason) : ICommand<WebhookSubscription>;
