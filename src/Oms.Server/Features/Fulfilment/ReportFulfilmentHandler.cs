using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Fulfilment;

/// <summary>
/// Release, pick, pack, ship, ready-for-pickup and collect: the location's
/// events move the lines; goods that leave leave the books.
/// </summary>
internal sealed class ReportFulfilmentHandler(IOptions<OmsOptions> options) : ICommandHandler<ReportFulfilment, Order>
{
    public async Task<Order> HandleAsync(ReportFulfilment command, CommandContext ctx, CancellationToken ct)
    {
        if (command.LineIds is { Count: > Limits.Lines })
            throw new BusinessRuleException("lineIds", $"At most {Limits.Lines} lines can be named.");
        var order = await ctx.OrderOfFulfilmentOrderAsync(command.FulfilmentOrderId, ct);
        var id = command.FulfilmentOrderId;
        switch (command.Action)
        {
            case FulfilmentAction.Release: order.Release(id, ctx.Now, ctx.Actor); break;
            case FulfilmentAction.Pick: order.Pick(id, ctx.Now, ctx.Actor); break;
            case FulfilmentAction.Pack: order.Pack(id, ctx.Now, ctx.Actor); break;
            case FulfilmentAction.ReadyForPickup:
                order.ReadyForPickup(id, ctx.Now.AddDays(options.Value.Pickup.ExpiryDays), ctx.Now, ctx.Actor);
                break;
            case FulfilmentAction.Collect:
                ctx.Apply(order, order.Collect(id, ctx.Now, ctx.Actor), "collected by the customer");
                break;
            case FulfilmentAction.Ship:
                var (shipment, effects) = order.Ship(id, Text(command.Carrier, "carrier"), Text(command.TrackingNumber, "trackingNumber"),
                    command.LineIds, ctx.Now, ctx.Actor);
                ctx.Apply(order, effects, $"shipped as {shipment.TrackingNumber}");
                break;
            default:
                throw new BusinessRuleException("action", $"Unknown fulfilment action {command.Action}.");
        }
        return order;
    }

    private static string Text(string? value, string field) => value is { Length: > 100 }
        ? throw new BusinessRuleException(field, $"{field} must be at most 100 characters.")
        : value ?? "";
}
