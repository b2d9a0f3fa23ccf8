using Oms.Domain.Connectors;

namespace Oms.Server.Features.Inbox;

/// <summary>An inbound message: where from, what became of it, and (in the single view) the body as it arrived.</summary>
public sealed record InboundMessageResponse(Guid Id, string Source, string MessageType, string DedupKey, InboundStatus Status,
    string? Reason, string? Field, string? ResultType, string? ResultId, DateTime ReceivedAt, DateTime? ProcessedAt, int? ProcessingMs,
    int Attempts, int Duplicates, DateTime? LastDuplicateAt, int Replays, string ContentType, string? Headers, string? Body);
