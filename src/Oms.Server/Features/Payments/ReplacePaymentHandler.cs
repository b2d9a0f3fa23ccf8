using Oms.Domain.Orders;
using Oms.Payments;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Payments;

/// <summary>The old instrument's pending authorisation is abandoned; the new one is authorised after the commit.</summary>
internal sealed class ReplacePaymentHandler(PaymentProviders providers) : ICommandHandler<ReplacePayment, Order>
{
    public async Task<Order> HandleAsync(ReplacePayment command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Payment;
        ReplacePaymentEndpoint.Check(body, providers);
        var order = await ctx.OrderAsync(command.Order, ct);
        order.ReplacePayment(command.Sequence, body.Method!.Value, body.Provider!.Trim().ToLowerInvariant(), body.Token!.Trim(),
            body.Amount, ctx.Now, ctx.Actor);
        return order;
    }
}
