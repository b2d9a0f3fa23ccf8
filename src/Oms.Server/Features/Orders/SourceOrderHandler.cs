using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Sourcing;

namespace Oms.Server.Features.Orders;

/// <summary>Sources an order's waiting lines again (back-orders, the exception queue), if its workflow has reached sourcing.</summary>
internal sealed class SourceOrderHandler(LineSourcer sourcer) : ICommandHandler<SourceOrder, Order>
{
    public async Task<Order> HandleAsync(SourceOrder command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(command.Order, ct);
        if (order.SourcingReached) await sourcer.SourceAsync(order, ctx, ct);
        return order;
    }
}
