using FluentValidation;
using Oms.Domain.Inventory;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Stock;
using Oms.Server.Features.Returns.Exchanges;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Checks units in at a location the caller may reach. Restocked units become sellable stock at that location in the same
/// transaction (journalled as a return), so availability and sourcing see them at once. Held dispositions (inspection,
/// return to vendor) are kept on the receipts only: the stock books have no unsellable bucket yet. Two receipts of the same
/// units cannot both count: the return's version makes the second run again, and it is then refused (422). The order counts
/// the goods that came back on its lines. Once the return is approved the refund the goods call for is paid in the same
/// command (<see cref="RefundPayment"/>); before that it is calculated and kept on the return as the refund due.
/// </summary>
internal sealed class ReceiveReturnHandler : ICommandHandler<ReceiveReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(ReceiveReturn command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Request;
        new ReceiveReturnRequestValidator().ValidateAndThrow(body);
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        var location = body.Location!.Trim();
        ctx.Access.RequireLocation(location);
        await ReturnLocations.CheckAsync(ctx.Db, location, "location", ct);
        var units = body.Units!.Select(u => new ReceivedUnits(u.ReturnLineId!.Value, u.Quantity!.Value, u.Disposition!.Value, u.Note))
            .ToList();
        var before = ret.Lines.ToDictionary(l => l.Id, l => l.GoodsReceivedQuantity);
        var receiptsBefore = ret.Receipts.Count;
        foreach (var effect in ret.Receive(units, location, ctx.Now, ctx.Actor))
            if (effect.Sellable && effect.Quantity > 0)
                ctx.Stock.Receive(effect.LocationCode, effect.Sku, effect.Quantity,
                    new StockSource(StockMovementSource.Return, ret.Number, effect.Reason));
        HeldReturnedUnits.Hold(ctx, ret, receiptsBefore);
        var order = await ctx.OrderBehindAsync(ret.OrderId.ToString(), ct);
        order.RecordReturnReceived(ret.Id, ret.Number,
            [.. ret.Lines.Select(l => (l.OrderLineId, l.GoodsReceivedQuantity - before[l.Id]))], location, ctx.Now, ctx.Actor);
        var policy = await ctx.Db.ReturnPolicyAsync(ct);
        if (ret.IsApproved)
            await RefundPayment.PayDueAsync(ctx, ret, policy, (await ctx.Db.ReturnSettingsAsync(ct)).For(order.ChannelCode).Refunds,
                await ReturnLocations.TillAsync(ctx.Db, location, ct), ct);
        else if (await RefundDueCalculation.ForReceivedGoodsAsync(ctx.Db, order, ret, policy, ct) is { } refund)
            ret.StateRefundDue(refund, ctx.Now, ctx.Actor);
        ExchangeEvents.RaiseIfGoodsIn(ctx, ret);
        ret.CloseIfDone(ctx.Now, ctx.Actor);
        return ret;
    }
}
