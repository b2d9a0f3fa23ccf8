using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Inventory;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Stock;

namespace Oms.Server.Features.Returns;

/// <summary>
/// A person decides held units of a return at a location they may reach: restocked units become sellable stock there
/// (journalled as a return, offered to waiting back-orders like any receipt); written-off units and units sent to the
/// vendor leave the held stock for good. The held stock records close with the decision; the return's timeline says who
/// decided what. Two decisions on the same units cannot both count: the return's version makes the second run again, and
/// it is then refused (409 for a unit decided before, 422 for more units than are held).
/// </summary>
internal sealed class InspectReturnHandler : ICommandHandler<InspectReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(InspectReturn command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Request;
        new InspectReturnRequestValidator().ValidateAndThrow(body);
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        var decision = body.Decision!.Value;
        var outcome = ret.DecideHeld(new HeldUnitsDecision(body.ReceiptId, body.ReturnLineId, body.Quantity ?? 1, decision, body.Note,
            string.IsNullOrWhiteSpace(body.Location) ? null : body.Location.Trim()), ctx.Now, ctx.Actor);
        // Nothing is saved when this refuses: the command's transaction ends without a commit.
        ctx.Access.RequireLocation(outcome.LocationCode);

        var receipts = outcome.Decided.Select(r => (Guid?)r.Id).ToList();
        var held = await ctx.Db.HeldStock.Where(h => receipts.Contains(h.ReturnReceiptId) && h.DecidedAt == null).ToListAsync(ct);
        foreach (var record in held) record.Decide(decision, body.Note, ctx.Now, ctx.Actor);
        foreach (var effect in outcome.Effects.Where(e => e.Sellable && e.Quantity > 0))
            ctx.Stock.Receive(effect.LocationCode, effect.Sku, effect.Quantity,
                new StockSource(StockMovementSource.Return, ret.Number, effect.Reason));
        return ret;
    }
}
