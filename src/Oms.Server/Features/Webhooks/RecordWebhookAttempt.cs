using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// Writes one attempt to the delivery log and disables the subscription when the endpoint answered 410 Gone, or when
/// this was a delivery's last attempt and the endpoint has not succeeded once since that delivery's first attempt.
/// </summary>
/// <returns>The reason the subscription was disabled by this attempt, or null.</returns>
public sealed record RecordWebhookAttempt(Guid SubscriptionId, Guid DeliveryId, Guid EventId, string EventType, int Attempt,
    WebhookCall Call, bool LastAttempt) : ICommand<string?>;
