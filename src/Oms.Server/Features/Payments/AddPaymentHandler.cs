using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Payments;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

/// <summary>Adds an instrument for what no live instrument covers yet; its authorisation is made after the commit.</summary>
internal sealed class AddPaymentHandler(PaymentProviders providers) : ICommandHandler<AddPayment, Order>
{
    public async Task<Order> HandleAsync(AddPayment command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Payment;
        ReplacePaymentEndpoint.Check(body, providers);
        var order = await ctx.OrderAsync(command.Order, ct);
        var open = order.UncoveredAmount;
        if (open <= 0) throw ReplacePaymentEndpoint.NothingUncovered(order);
        var amount = body.Amount ?? open;
        if (amount > open)
            throw new BusinessRuleException("amount",
                $"Only {new Money(open, order.Currency)} of order {order.Number} is not yet covered by a payment.");
        order.AddPayment(body.Method!.Value, body.Provider!.Trim().ToLowerInvariant(), body.Token!.Trim(), amount, ctx.Now, ctx.Actor);
        return order;
    }
}
