using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

/// <summary>A person lifts a hold with a reason; the order's workflow resumes if nothing else holds it.</summary>
internal sealed class LiftHoldHandler : ICommandHandler<LiftHold, Order>
{
    public async Task<Order> HandleAsync(LiftHold command, CommandContext ctx, CancellationToken ct)
    {
        if (command.Reason is { Length: > Limits.Reason })
            throw new BusinessRuleException("reason", $"reason must be at most {Limits.Reason} characters.");
        var order = await ctx.OrderAsync(command.Order, ct);
        // A payment hold lifts itself when the payment is authorised; a person lifts it only to settle a refused capture.
        if (command.Kind == HoldKind.Payment && !order.HasDeclinedCapture)
            throw new BusinessRuleException("kind",
                "A payment hold is lifted by an authorised payment: add a payment or retry, or cancel the order.");
        order.LiftHold(command.Kind, command.Reason ?? "", ctx.Now, ctx.Actor);
        return order;
    }
}
