using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// Lifts the awaiting-return hold of the exchange order; the command bus then moves the order on in its workflow (its release
/// step, and the release itself once due). Idempotent: an order no longer held changes nothing, nor does a return whose
/// order is not linked yet (linking it releases it then).
/// </summary>
internal sealed class ReleaseExchangeOrderHandler : ICommandHandler<ReleaseExchangeOrder, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(ReleaseExchangeOrder command, CommandContext ctx, CancellationToken ct)
    {
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        if (ret.ExchangeOrderId is not null && ret.ReplacementMayGo) await ReleaseAsync(ctx, ret, ct);
        return ret;
    }

    internal static async Task ReleaseAsync(CommandContext ctx, ReturnOrder ret, CancellationToken ct)
    {
        var order = await ctx.OrderAsync(ret.ExchangeOrderId!.Value, ct);
        if (order.ReturnArrived(ret.Number, ctx.Now, ctx.Actor)) ret.RecordExchangeReleased(ctx.Now, ctx.Actor);
    }
}
