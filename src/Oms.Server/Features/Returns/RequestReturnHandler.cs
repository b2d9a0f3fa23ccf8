using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Server.Core.Configuration;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Opens a return after <see cref="ReturnEligibility"/> accepted it: only what reached the customer, less what the order's
/// other open returns already hold. The order is loaded through the context and gets a <c>return.requested</c> timeline
/// entry, so the save bumps its version: of two returns racing for the same units, the second fails on the version, runs
/// again, and then sees the first (all or nothing: a refusal is 422 naming the line, and nothing is written).
/// </summary>
internal sealed class RequestReturnHandler(ExchangeOffers exchanges) : ICommandHandler<RequestReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(RequestReturn command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Request;
        new ReturnRequestValidator().ValidateAndThrow(body);
        var order = await WalkInReturns.OrderAsync(ctx, command.Order, body, ct);
        var others = await ctx.Db.ReturnOrders.CountAsync(r => r.OrderId == order.Id, ct);
        var sold = await SoldLines.OfAsync(ctx.Db, order, ct);
        var requested = body.Lines!.Select(l => new ReturnRequestLine(l.OrderLineId!.Value, l.Quantity!.Value)).ToList();
        var policy = await ctx.Db.ReturnPolicyAsync(ct);
        var eligibility = ReturnEligibility.Check(policy, order.ChannelCode, body.Reason!.Trim(), sold, requested, ctx.Now);
        eligibility.ThrowIfRefused();

        var reason = eligibility.Reason!;
        var expected = string.IsNullOrWhiteSpace(body.ExpectedLocation) ? null : body.ExpectedLocation.Trim();
        if (expected is not null) await ReturnLocations.CheckAsync(ctx.Db, expected, "expectedLocation", ct);
        var lines = body.Lines!.Select(r =>
        {
            var line = order.Lines.First(l => l.Id == r.OrderLineId);
            var unit = Math.Round(line.Total / line.Quantity, 2, MidpointRounding.ToEven);
            return new NewReturnLine(line.Id, line.Sku, r.Quantity!.Value, unit);
        }).ToList();
        var id = Ids.Next(ctx.Now);
        var number = $"R-{order.Number}-{others + 1}";
        var kind = body.Kind ?? (reason.NeedsGoodsBack ? ReturnKind.Return : ReturnKind.Claim);
        var ret = ReturnOrder.Request(new NewReturn(id, number, order.Id, order.Number, order.Currency, kind, reason.Code,
            reason.NeedsGoodsBack, body.Method ?? ReturnMethod.NoGoodsBack, expected, lines, body.Note), ctx.Now, ctx.Actor);
        ret.RequestedUnder(policy);
        ctx.Db.ReturnOrders.Add(ret);
        await exchanges.PrepareAsync(ctx, order, ret, body, ct);
        var units = ret.Lines.Sum(l => l.Quantity);
        order.RecordReturnRequested(ret.Id, ret.Number,
            $"{kind} of {units} unit(s) in {ret.Lines.Count} line(s), reason {reason.Code}" +
                $"{(ret.ExpectedLocationCode is { } at ? $", expected at {at}" : "")}.", ctx.Now, ctx.Actor);
        var goodwill = body.Goodwill is { } g ? new Goodwill(g.Amount!.Value, g.Reason!.Trim()) : null;
        ret.SetRefundTerms(body.RefundBeforeReceipt ?? false, goodwill, body.RefundTo, ctx.Now, ctx.Actor);
        await ReturnApproval.DecideAsync(ctx, order, ret, policy, await ctx.Db.RefundApprovalPolicyAsync(ct), ct);
        await RefundPayment.PayDueAsync(ctx, ret, policy, (await ctx.Db.ReturnSettingsAsync(ct)).For(order.ChannelCode).Refunds,
            await ReturnLocations.TillAsync(ctx.Db, WalkInReturns.CallerLocation(ctx, ret.ExpectedLocationCode), ct), ct);
        ret.CloseIfDone(ctx.Now, ctx.Actor);
        return ret;
    }
}
