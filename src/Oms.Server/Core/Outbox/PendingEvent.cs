namespace Oms.Server.Core.Outbox;

/// <summary>An event a command raised itself, beyond what its orders' timelines and stock changes say.</summary>
public sealed record PendingEvent(string Type, string? Subject, string? SubjectKey, object Data, bool Internal);
