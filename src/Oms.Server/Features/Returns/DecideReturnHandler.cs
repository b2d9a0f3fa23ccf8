using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Server.Core.Configuration;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Approves (note optional; what is due is refunded at once), rejects or cancels (reason required) a return the caller may
/// reach.
/// </summary>
internal sealed class DecideReturnHandler : ICommandHandler<DecideReturn, ReturnOrder>
{
    public async Task<ReturnOrder> HandleAsync(DecideReturn command, CommandContext ctx, CancellationToken ct)
    {
        var ret = await ctx.Db.VisibleReturnAsync(ctx.Access, command.ReturnId, ct);
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (reason is { Length: > 1000 })
            throw new ValidationException([new ValidationFailure("reason", "reason must be at most 1000 characters.")]);
        switch (command.Decision)
        {
            case ReturnDecision.Approve:
                ret.Approve(reason, ctx.Now, ctx.Actor);
                ExchangeEvents.RaiseIfGoodsIn(ctx, ret);
                await RefundPayment.PayDueAsync(ctx, ret, await ctx.Db.ReturnPolicyAsync(ct), await RefundSettingsAsync(ctx, ret, ct),
                    await ReturnLocations.TillAsync(ctx.Db, WalkInReturns.CallerLocation(ctx, ret.ExpectedLocationCode), ct), ct);
                ret.CloseIfDone(ctx.Now, ctx.Actor);
                break;
            case ReturnDecision.Reject:
                ret.Reject(reason ?? throw Required(), ctx.Now, ctx.Actor);
                await CancelExchangeOrderAsync(ctx, ret, $"return {ret.Number} was rejected: {reason}", ct);
                break;
            case ReturnDecision.Cancel:
                ret.Cancel(reason ?? throw Required(), ctx.Now, ctx.Actor);
                await CancelExchangeOrderAsync(ctx, ret, $"return {ret.Number} was cancelled: {reason}", ct);
                break;
            default: throw new BusinessRuleException("decision", $"Unknown decision {command.Decision}.");
        }
        return ret;
    }

    /// <summary>
    /// An exchange that will not happen takes its replacement order with it: what has not left yet is cancelled (its stock
    /// goes back, its payments are released); a replacement already shipped (an advance exchange) stays, for a person.
    /// </summary>
    private static async Task CancelExchangeOrderAsync(CommandContext ctx, ReturnOrder ret, string why, CancellationToken ct)
    {
        if (ret.ExchangeOrderId is not { } id) return;
        var order = await ctx.OrderBehindAsync(id.ToString(), ct);
        var open = order.Lines.Where(l => l.IsActive && l.ShipmentId is null
            && l.Status is not (LineStatus.Collected or LineStatus.CarriedOut or LineStatus.Delivered)).Select(l => l.Id).ToList();
        if (open.Count > 0) ctx.Apply(order, order.Cancel(open, why, ctx.Now, ctx.Actor), $"cancelled: {why}");
    }

    private static async Task<RefundAllocationPolicy> RefundSettingsAsync(CommandContext ctx, ReturnOrder ret, CancellationToken ct)
    {
        var channel = await ctx.Db.Orders.Where(o => o.Id == ret.OrderId).Select(o => o.ChannelCode).FirstAsync(ct);
        return (await ctx.Db.ReturnSettingsAsync(ct)).For(channel).Refunds;
    }

    private static ValidationException Required() => new([new ValidationFailure("reason", "reason is required: say why.")]);
}
