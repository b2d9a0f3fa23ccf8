using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Opens a return after <see cref="ReturnEligibility"/> accepted it: only what reached the customer, less what the order's
/// other open returns already hold. The order is loaded through the context and gets a <c>return.requested</c> timeline
/// entry, so the save bumps its version: of two returns racing for the same units, the second fails on the version, runs
/// again, and then sees the first (all or nothing: a refusal is 422 naming the line, and nothing is written).
/// </summary>
internal sealed class RequestReturnHandler : ICommandHandler<RequestReturn, ReturnOrder>
{
    private static readonly string[] CompletionTypes =
        [TimelineTypes.Line(LineStatus.Delivered), TimelineTypes.Line(LineStatus.Collected), TimelineTypes.Line(LineStatus.CarriedOut)];

    public async Task<ReturnOrder> HandleAsync(RequestReturn command, CommandContext ctx, CancellationToken ct)
    {
        var body = command.Request;
        new ReturnRequestValidator().ValidateAndThrow(body);
        var order = await ctx.OrderAsync(command.Order, ct);
        var others = await ctx.Db.ReturnOrders.Include(r => r.Lines).Where(r => r.OrderId == order.Id).ToListAsync(ct);
        var skus = order.Lines.Select(l => l.Sku).Distinct().ToList();
        var categories = await ctx.Db.Products.Where(p => skus.Contains(p.Sku)).Select(p => new { p.Sku, p.Category })
            .ToDictionaryAsync(p => p.Sku, p => p.Category, ct);
        var sold = order.Lines.Select(l => new SoldLine(l.Id, l.LineNumber, l.Sku, categories.GetValueOrDefault(l.Sku), l.Quantity,
            l.Status, CompletedAt(order, l), others.Sum(r => r.UnitsHeldFor(l.Id)))).ToList();
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
        var number = $"R-{order.Number}-{others.Count + 1}";
        var kind = body.Kind ?? (reason.NeedsGoodsBack ? ReturnKind.Return : ReturnKind.Claim);
        var ret = ReturnOrder.Request(new NewReturn(id, number, order.Id, order.Number, order.Currency, kind, reason.Code,
            reason.NeedsGoodsBack, body.Method ?? ReturnMethod.NoGoodsBack, expected, lines, body.Note), ctx.Now, ctx.Actor);
        ret.RequestedUnder(policy);
        ctx.Db.ReturnOrders.Add(ret);
        var units = ret.Lines.Sum(l => l.Quantity);
        order.RecordReturnRequested(ret.Id, ret.Number,
            $"{kind} of {units} unit(s) in {ret.Lines.Count} line(s), reason {reason.Code}" +
                $"{(ret.ExpectedLocationCode is { } at ? $", expected at {at}" : "")}.", ctx.Now, ctx.Actor);
        return ret;
    }

    /// <summary>When the line reached the customer (the return window starts then); the order's time when not recorded.</summary>
    private static DateTime CompletedAt(Order order, OrderLine line)
        => order.Timeline.Where(t => t.LineId == line.Id && CompletionTypes.Contains(t.Type)).Select(t => (DateTime?)t.At).Max()
            ?? order.CreatedAt;
}
