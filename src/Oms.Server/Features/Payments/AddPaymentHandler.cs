using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Payments;
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
        new PaymentRequestValidator().ValidateAndThrow(body);
        if (string.IsNullOrWhiteSpace(body.Provider)) throw new BusinessRuleException("provider", "provider is required.");
        if (string.IsNullOrWhiteSpace(body.Token)) throw new BusinessRuleException("token", "token is required: the provider's reference for the payment method.");
        if (!providers.TryGet(body.Provider.Trim(), out _))
            throw new BusinessRuleException("provider", $"Unknown payment provider '{body.Provider}'. Known: {string.Join(", ", providers.Names)}.");
        var order = await ctx.OrderAsync(command.Order, ct);
        var open = order.Total.Amount - order.Payments.Where(p => !p.Declined)
            .Sum(p => p.Authorised + p.Pending(PaymentOperation.Authorise).Sum(t => t.Amount) + (p.Transactions.Count == 0 ? p.Amount : 0));
        var amount = body.Amount ?? open;
        if (amount <= 0 || amount > open)
            throw new BusinessRuleException("amount", open <= 0
                ? $"Order {order.Number} is fully covered by its payments; nothing is left to pay."
                : $"Only {new Money(open, order.Currency)} of order {order.Number} is not yet covered by a payment.");
        order.AddPayment(body.Method!.Value, body.Provider.Trim().ToLowerInvariant(), body.Token.Trim(), amount, ctx.Now, ctx.Actor);
        return order;
    }
}
