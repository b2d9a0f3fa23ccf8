using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Orders;

/// <summary>
/// Cancels lines or the whole order; reservations go back, and what can no longer be captured is voided after the commit.
/// </summary>
internal sealed class CancelOrderHandler : ICommandHandler<CancelOrder, Order>
{
    public async Task<Order> HandleAsync(CancelOrder command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Reason is { Length: > Limits.Reason })
            throw new BusinessRuleException("reason", $"reason must be at most {Limits.Reason} characters.");
        if (command.LineIds is { Count: > Limits.Lines })
            throw new BusinessRuleException("lineIds", $"At most {Limits.Lines} lines can be named.");
        var order = await ctx.OrderAsync(command.Order, ct);
        var reason = command.Reason ?? "";
        ctx.Apply(order, order.Cancel(command.LineIds, reason, ctx.Now, ctx.Actor), $"cancelled: {reason}");
        return order;
    }
}
