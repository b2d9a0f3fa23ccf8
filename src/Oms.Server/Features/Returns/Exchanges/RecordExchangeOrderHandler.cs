using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// Links the exchange order to the return, once (the same order again changes nothing). Should the goods have come in while the
/// order was being captured (a receipt does not find an order not yet linked), the held order is released here: the two
/// commands meet on the return's version, so one of them always sees the other.
/// </summary>
internal sealed class RecordExchangeOrderHandler : ICommandHandler<RecordExchangeOrder, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(RecordExchangeOrder command, CommandContext ctx, CancellationToken ct)
    {
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        if (command.Error is { } error)
        {
            ret.RecordExchangeOrderFailed(error, ctx.Now, ctx.Actor);
            return ret;
        }
        if (!ret.RecordExchangeOrder(command.OrderId!.Value, command.OrderNumber!, ctx.Now, ctx.Actor)) return ret;
        if (ret.ReleaseMode == ExchangeReleaseMode.OnReceipt && ret.ReplacementMayGo)
            await ReleaseExchangeOrderHandler.ReleaseAsync(ctx, ret, ct);
        ret.CloseIfDone(ctx.Now, ctx.Actor);
        return ret;
    }
}
