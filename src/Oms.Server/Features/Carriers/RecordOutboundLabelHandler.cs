using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

internal sealed class RecordOutboundLabelHandler : ICommandHandler<RecordOutboundLabel, ParcelLabel>
{
    public async Task<ParcelLabel> HandleAsync(RecordOutboundLabel command, CommandContext ctx, CancellationToken ct)
    {
        var order = await ctx.OrderOfFulfilmentOrderAsync(command.FulfilmentOrderId, ct);
        order.RecordLabel(command.FulfilmentOrderId, command.Label, ctx.Now, ctx.Actor);
        return order.FulfilmentOrder(command.FulfilmentOrderId).Label!;
    }
}
