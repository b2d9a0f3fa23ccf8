namespace Oms.Ui.Api.Models;

/// <summary>One delivery of an event to a handler (GET /api/outbox/deliveries).</summary>
public sealed record OutboxDelivery(Guid Id, Guid EventId, string EventType, string? Subject, string? SubjectKey, DateTime OccurredAt,
    string Handler, string Status, int Attempts, DateTime DueAt, string? LastError, DateTime? CompletedAt);
