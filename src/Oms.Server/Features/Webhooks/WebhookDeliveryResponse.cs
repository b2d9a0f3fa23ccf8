using Oms.Persistence.Outbox;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// One event on its way to one subscription: pending (with the time of its next attempt), delivered, or dead-lettered
/// (with the last error), and every attempt so far, oldest first.
/// </summary>
public sealed record WebhookDeliveryResponse(Guid Id, Guid EventId, string EventType, string? Subject, string? SubjectKey,
    DateTime OccurredAt, DeliveryStatus Status, DateTime? NextAttemptAt, string? LastError, DateTime CreatedAt, DateTime? CompletedAt,
    IReadOnlyList<WebhookAttemptResponse> Attempts);
