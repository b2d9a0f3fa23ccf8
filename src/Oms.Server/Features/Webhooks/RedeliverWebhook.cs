using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Queues a delivery again, due now, with a full set of attempts: a dead letter after the endpoint is fixed, a
/// delivered event the receiver lost, or a retry that should not wait for its backoff. The event keeps its id, so the
/// receiver sees the same <c>webhook-id</c>. Its attempts so far stay in the log.
/// </summary>
public sealed record RedeliverWebhook(Guid SubscriptionId, Guid DeliveryId) : ICommand<Guid>;
