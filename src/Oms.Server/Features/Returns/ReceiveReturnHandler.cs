using FluentValidation;
using Oms.Domain.Inventory;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Checks units in at a location the caller may reach. Restocked units become sellable stock at that location in the same
/// transaction (journalled as a return), so availability and sourcing see them at once. Held dispositions (inspection,
/// return to vendor) are kept on the receipts only: the stock books have no unsellable bucket yet. Two receipts of the same
/// units cannot both count: the return's version makes the second run again, and it is then refused (422). The refund the
/// received goods call for is calculated and kept on the return (not paid: payments are a later step).
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
        var receiptsBefore = ret.Receipts.Count;
        foreach (var effect in ret.Receive(units, location, ctx.Now, ctx.Actor))
            if (effect.Sellable && effect.Quantity > 0)
                ctx.Stock.Receive(effect.LocationCode, effect.Sku, effect.Quantity,
                    new StockSource(StockMovementSource.Return, ret.Number, effect.Reason));
        HeldReturnedUnits.Hold(ctx, ret, receiptsBefore);
        if (await RefundDueCalculation.CalculateAsync(ctx.Db, ret, await ctx.Db.ReturnPolicyAsync(ct), ct) is { } refund)
            ret.StateRefundDue(refund, ctx.Now, ctx.Actor);
        return ret;
    }
}
