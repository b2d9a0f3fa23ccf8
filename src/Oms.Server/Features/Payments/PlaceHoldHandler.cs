using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

/// <summary>
/// A person places a hold: the order is not released to fulfilment until someone lifts it with a reason. Only the kinds a
/// person owns (manual approval, manual release) — payment, fraud and the others are placed by what they stand for. A hold
/// gates the release, so an order with nothing left to release (cancelled, or every line already released) is refused (409).
/// </summary>
internal sealed class PlaceHoldHandler : ICommandHandler<PlaceHold, Order>
{
    public async Task<Order> HandleAsync(PlaceHold command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Kind is not (HoldKind.ManualApproval or HoldKind.ManualRelease))
            throw new BusinessRuleException("kind", "A person places a manualApproval or manualRelease hold; the other holds are placed " +
                "by the payment, the fraud check, an exchange or the carrier.");
        var reason = command.Reason.Trim();
        if (reason.Length == 0) throw new BusinessRuleException("reason", "Say why the order is held.");
        if (reason.Length > Limits.Reason) throw new BusinessRuleException("reason", $"reason must be at most {Limits.Reason} characters.");
        var order = await ctx.OrderAsync(command.Order, ct);
        if (!order.Lines.Any(l => l.IsActive && l.Status is LineStatus.Created or LineStatus.Backordered or LineStatus.Allocated
                or LineStatus.Exception))
            throw new InvalidTransitionException($"order {order.Number}", order.Status.ToString(), "PlaceHold",
                $"Order {order.Number} is {order.Status} with nothing left to release: a hold would stop nothing.");
        order.PlaceHold(command.Kind, reason, ctx.Now, ctx.Actor);
        return order;
    }
}
