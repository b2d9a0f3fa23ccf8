using Oms.Domain.Orders;
using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns;

/// <summary>
/// Pays what a return owes now, in the command that made it due (a receipt, an approval, an approved claim): calculates
/// the refund, splits it over the order's instruments with <see cref="RefundAllocation"/> (never beyond what an instrument
/// captured less what went back to it), and books it on the order and the return together. Provider refunds are queued
/// on the order with their idempotency key and called after the commit by the payment settlement (retried on provider
/// errors); cash at a till and store credit are settled at once; an order paid outside the OMS gets an instruction for
/// its channel. A refund the instruments cannot take is not paid in part: the return records why, for a person.
/// </summary>
internal static class RefundPayment
{
    /// <param name="till">The store where the customer stands (cash can be handed back there); null elsewhere (a DC).</param>
    public static async Task PayDueAsync(CommandContext ctx, ReturnOrder ret, ReturnPolicy policy, RefundAllocationPolicy allocation,
        string? till, CancellationToken ct)
    {
        if (!ret.HasRefundDueNow) return;
        var goodwill = ret.GoodwillDue > 0 ? new Goodwill(ret.GoodwillDue, ret.GoodwillReason ?? "goodwill") : null;
        var order = await ctx.OrderBehindAsync(ret.OrderId.ToString(), ct);
        var refund = await RefundDueCalculation.CalculateAsync(ctx.Db, order, ret, policy, ret.UnitsToRefundNow(), goodwill, ct);
        if (refund is null) return;
        // The part of the goods' value that paid for an exchange's replacement does not go back (it paid the new order).
        var offset = Math.Min(refund.Total, Math.Max(0, ret.ExchangeCreditApplied - ret.Refunds.Sum(r => r.OffsetByExchange)));
        var amount = refund.Total - offset;
        var route = ret.RefundRoute is { } chosen ? allocation with { Route = chosen } : allocation;
        var placed = RefundAllocation.Allocate(amount, ret.Currency, [.. order.Payments.Select(RefundInstrument.From)], route);
        if (placed.Unplaced > 0)
        {
            ret.BlockRefund(placed.UnplacedReason ?? "the order's instruments cannot take it back", ctx.Now, ctx.Actor);
            return;
        }
        var payouts = placed.Portions.Select(p => new RefundPayout(Payout(p.PaidAs, till), p.PaymentSequence, p.Amount)).ToList();
        var paidAs = placed.Portions.Count == 0 ? "nothing to pay back"
            : string.Join('\n', placed.Portions.Select(p => p.PaidAs == RefundPaidAs.CashAtTill && till is null
                ? p.Text.Replace("in cash at the till", "as store credit (no till where the goods came in)", StringComparison.Ordinal)
                : p.Text));
        order.RefundForReturn(ret.Id, ret.Number, payouts, [.. refund.Lines.Select(l => new RefundedLine(l.OrderLineId, l.Quantity, l.Amount))],
            till, ctx.Now, ctx.Actor);
        ret.RecordRefund(refund, offset, paidAs, ctx.Now, ctx.Actor);
    }

    /// <summary>Cash goes back at a till only; where there is none (a DC received the goods) it becomes store credit.</summary>
    private static RefundPayoutKind Payout(RefundPaidAs paidAs, string? till) => paidAs switch
    {
        RefundPaidAs.OriginalInstrument => RefundPayoutKind.ProviderRefund,
        RefundPaidAs.CashAtTill when till is not null => RefundPayoutKind.CashAtTill,
        RefundPaidAs.ChannelInstruction => RefundPayoutKind.ChannelInstruction,
        _ => RefundPayoutKind.StoreCredit,
    };
}
