using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// Runs what an X12 connector's message asks (the adapter's <see cref="X12Adapter.Interpret"/>): capture through the bus
/// (idempotent on channel + PO number), cancel the order of that PO, or nothing. Stands in until the connectors' generic
/// inbound handler (which does the same for every adapter) is on main; it then goes.
/// </summary>
public sealed class X12InboundHandler(X12Adapter adapter) : IInboundHandler
{
    public bool Handles(InboundMessage message)
        => message is { ConnectorId: not null, ContentType: EdiReceiver.ContentType };

    public async Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        // A scope of its own: the bus clears its DbContext's change tracker, which would drop the inbox's tracked message.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        services = scope.ServiceProvider;
        var db = services.GetRequiredService<OmsDbContext>();
        var connector = X12Connectors.Runtime(await db.Connectors.AsNoTracking().FirstAsync(c => c.Id == message.ConnectorId, ct));
        var bus = services.GetRequiredService<CommandBus>();
        var actor = Actor.Channel(connector.Channel);
        switch (adapter.Interpret(connector, message))
        {
            case ChannelInstruction.Capture capture:
                var result = await bus.SendAsync(new CaptureOrder(capture.Order), actor, ct);
                return InboundResult.Accepted("order", result.Order.Number);
            case ChannelInstruction.Cancel cancel:
                var number = await db.Orders.AsNoTracking().Where(o => o.ChannelCode == connector.Channel && o.ChannelOrderId == cancel.ChannelOrderId)
                    .Select(o => o.Number).FirstOrDefaultAsync(ct)
                    ?? throw new InboundRejectedException("BEG03", $"No order has PO number {cancel.ChannelOrderId}.");
                await bus.SendAsync(new CancelOrder(number, null, cancel.Reason), actor, ct);
                return InboundResult.Accepted("order", number);
            case ChannelInstruction.Ignore ignore:
                return InboundResult.Ignored(ignore.Reason);
            default:
                throw new InvalidOperationException("Unknown instruction.");
        }
    }
}
