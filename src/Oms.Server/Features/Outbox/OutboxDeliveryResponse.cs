using Oms.Persistence.Outbox;

namespace Oms.Server.Features.Outbox;

public sealed record OutboxDeliveryResponse(Guid Id, Guid EventId, string EventType, string? Subject, string? SubjectKey,
    DateTime OccurredAt, string Handler, DeliveryStatus Status, int Attempts, DateTime DueAt, string? LastError, DateTime? CompletedAt);
