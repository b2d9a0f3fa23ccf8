using Oms.Domain.Connectors;

namespace Oms.Server.Core.Inbox;

/// <summary>
/// Turns stored inbound messages of some sources into commands. It runs in its own DI scope and sends its commands
/// through the command bus; the inbox records the outcome. It throws <see cref="InboundRejectedException"/> (or a
/// validation or business-rule exception from a command) for a message that cannot be used, anything else for a failure
/// that may pass (tried again later). Handling must be idempotent: a message may be handled again after a crash.
/// </summary>
public interface IInboundHandler
{
    bool Handles(InboundMessage message);

    Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct);
}
