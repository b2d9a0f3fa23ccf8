namespace Oms.Ui.Api.Models;

/// <summary>A message that came in from outside (GET /api/inbox), with its outcome.</summary>
public sealed record InboundMessage(Guid Id, string Source, string MessageType, string DedupKey, string Status, string? Reason,
    string? Field, string? ResultType, string? ResultId, DateTime ReceivedAt, DateTime? ProcessedAt, int Attempts, int Replays);
