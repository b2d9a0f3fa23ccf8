namespace Oms.Server.Core.Outbox;

/// <summary>
/// Work that happens after a command commits: publishing to the bus, a webhook, an e-mail, a payment call, a back-order
/// run. The relay gives each handler the events it wants, at least once: a handler must be idempotent (the event id is
/// stable across attempts and nodes). Handlers run in their own DI scope and run commands of their own.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>Stored on each delivery; a handler may fan out to <c>{Name}:{key}</c> deliveries it also handles.</summary>
    string Name { get; }

    /// <summary>
    /// Run right after the command that raised the event, before its response (payment calls, back-orders), instead of
    /// waiting for the relay's next round. The relay still owns it if that node dies first.
    /// </summary>
    bool RunsInline { get; }

    RetryPolicy Retry { get; }

    /// <summary>Whether a delivery is written for this event when the command commits.</summary>
    bool Wants(string eventType, bool isInternal);

    Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct);
}
