using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Fulfilment;

/// <summary>
/// The location gives lines back: their stock is released and they are sourced elsewhere, or wait in the exception queue.
/// </summary>
internal sealed class RejectFulfilmentHandler(LineSourcer sourcer) : ICommandHandler<RejectFulfilment, Order>
{
    public async Task<Order> HandleAsync(RejectFulfilment command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Reason is { Length: > Limits.Reason })
            throw new BusinessRuleException("reason", $"reason must be at most {Limits.Reason} characters.");
        if (command.LineIds is { Count: > Limits.Lines })
            throw new BusinessRuleException("lineIds", $"At most {Limits.Lines} lines can be named.");
        var order = await ctx.OrderOfFulfilmentOrderAsync(command.FulfilmentOrderId, ct);
        var reason = command.Reason ?? "";
        ctx.Apply(order, order.Reject(command.FulfilmentOrderId, command.LineIds, reason, ctx.Now, ctx.Actor),
            $"rejected by the location: {reason}");
        await sourcer.SourceAsync(order, ctx, ct);
        return order;
    }
}
