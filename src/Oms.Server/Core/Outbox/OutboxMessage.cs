namespace Oms.Server.Core.Outbox;

/// <summary>An event as a handler receives it, with the delivery it belongs to.</summary>
/// <param name="Handler">The delivery's handler name, possibly with the handler's own key (<c>webhook:{id}</c>).</param>
/// <param name="Attempt">1 on the first try.</param>
public sealed record OutboxMessage(Guid EventId, Guid DeliveryId, string Handler, string Type, int Version, string? Subject, string? SubjectKey,
    DateTime OccurredAt, string Data, int Attempt)
{
    /// <summary>The part after the first ':' of <see cref="Handler"/>, or null.</summary>
    public string? HandlerKey => Handler.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? Handler[(i + 1)..] : null;
}
