using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Fulfilment;

internal sealed class DeliverShipmentHandler : ICommandHandler<DeliverShipment, Order>
{
    public async Task<Order> HandleAsync(DeliverShipment command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderOfShipmentAsync(command.ShipmentId, ct);
        order.Deliver(command.ShipmentId, ctx.Now, ctx.Actor);
        return order;
    }
}
