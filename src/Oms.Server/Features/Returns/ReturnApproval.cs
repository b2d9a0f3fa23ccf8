using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Asks the refund approval policy about a new return, with the refund it would pay when every unit is refunded (and its
/// goodwill): below every threshold it is approved at once by the policy; otherwise it waits in the approval queue
/// (<c>GET /api/returns?status=awaitingApproval</c>) for someone with the right to approve refunds.
/// </summary>
internal static class ReturnApproval
{
    public static async Task DecideAsync(CommandContext ctx, Order order, ReturnOrder ret, ReturnPolicy policy, RefundApprovalPolicy approval,
        CancellationToken ct)
    {
        var goodwill = ret.GoodwillAmount > 0 ? new Goodwill(ret.GoodwillAmount, ret.GoodwillReason ?? "goodwill") : null;
        var estimate = await RefundDueCalculation.CalculateAsync(ctx.Db, order, ret, policy, [.. ret.Lines.Select(l => (l, l.Quantity))], goodwill, ct);
        // What would go back to the customer: an exchange keeps the part of the credit its replacement uses.
        var refund = Math.Max(0, (estimate?.Total ?? 0m) - ret.ExchangeCreditApplied);
        var decision = approval.Decide(new RefundApprovalFacts(ret.Currency, refund, ret.GoodwillAmount,
            GoodsReceived: ret.ExpectsGoods && !ret.RefundBeforeReceipt, ClaimWithoutReturn: !ret.ExpectsGoods));
        if (decision.Outcome == ApprovalOutcome.NeedsApproval)
            ret.AwaitApproval(decision.Reasons, ctx.Now, ctx.Actor);
        else
            ret.Approve($"approved automatically: below the refund approval thresholds{Version(approval.Version)}", ctx.Now, Actor.System);
    }

    private static string Version(int version) => version == 0 ? " (built-in policy)" : $" (policy version {version})";
}
