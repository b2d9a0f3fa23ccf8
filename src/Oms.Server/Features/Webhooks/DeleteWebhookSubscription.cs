using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Removes a subscription with its queued deliveries and its delivery log; to keep them, disable it instead.</summary>
public sealed record DeleteWebhookSubscription(Guid Id) : ICommand<Guid>;
