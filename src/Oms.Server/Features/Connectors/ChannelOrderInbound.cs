using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Connectors;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// Handles the messages connectors stored: the connector's adapter reads the message in its channel's format, and what it
/// asks is done through the same commands as the API. A capture is idempotent on channel + channel order id, so a message
/// handled again (after a crash, a replay) makes no second order; a cancellation of an order that is cancelled already
/// changes nothing. Messages of a paused connector wait (they stay received and are handled after it is resumed).
/// </summary>
public sealed class ChannelOrderInbound(ConnectorDirectory directory) : IInboundHandler
{
    public bool Handles(InboundMessage message) => message.ConnectorId is not null;

    public async Task<InboundResult> HandleAsync(InboundMessage message, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<OmsDbContext>();
        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == message.ConnectorId, ct)
            ?? throw new InboundRejectedException(null, "The connector that received this message no longer exists.");
        if (!connector.Enabled) throw new InboundDeferredException($"Connector {connector.Code} is paused.");
        var runtime = directory.Runtime(connector);
        var bus = services.GetRequiredService<CommandBus>();
        var actor = Actor.Channel(connector.Channel);
        switch (directory.Adapter(connector.Kind).Interpret(runtime, message))
        {
            case ChannelInstruction.Capture capture:
                var order = capture.Order with { Channel = connector.Channel };
                var result = await bus.SendAsync(new CaptureOrder(order), actor, ct);
                return InboundResult.Accepted("order", result.Order.Number);
            case ChannelInstruction.Cancel cancel:
                var number = await db.Orders.AsNoTracking()
                    .Where(o => o.ChannelCode == connector.Channel && o.ChannelOrderId == cancel.ChannelOrderId)
                    .Select(o => new { o.Number, o.Status }).FirstOrDefaultAsync(ct);
                // An order cancelled in the channel before the OMS captured it (Amazon's Pending → Canceled) has nothing here to cancel.
                if (number is null)
                    return InboundResult.Ignored($"No order of channel {connector.Channel} has channel order id {cancel.ChannelOrderId}: nothing to cancel.");
                if (number.Status == OrderStatus.Cancelled) return InboundResult.Ignored($"Order {number.Number} is cancelled already.");
                await bus.SendAsync(new CancelOrder(number.Number, null, ChannelCancellation.Reason(cancel.Reason)), actor, ct);
                return InboundResult.Accepted("order", number.Number);
            case ChannelInstruction.Ignore ignore:
                return InboundResult.Ignored(ignore.Reason);
            default:
                throw new InvalidOperationException("Unknown channel instruction.");
        }
    }
}
