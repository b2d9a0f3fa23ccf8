using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>Queues a published event for every enabled subscription that wants its type; returns how many deliveries it queued.</summary>
public sealed record FanOutWebhookEvent(Guid EventId, string Type) : ICommand<int>;
