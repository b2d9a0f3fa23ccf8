using Oms.Domain.Common;
using Oms.Domain.Payments;

namespace Oms.Domain.Orders;

/// <summary>
/// The order's side of a return: the return order is its own aggregate (src/Oms.Domain/Returns), but what it does to the
/// order is recorded here — asked for, goods received, money paid back — so that the order's timeline shows it, its lines
/// count returned and refunded units, and its version moves. The version move is what serialises two returns racing for
/// the same units (the loser's save fails on the version and runs again) and two refunds racing for the same captured money.
/// </summary>
public sealed partial class Order
{
    /// <summary>How much of the order came back; see <see cref="OrderReturnState"/>.</summary>
    public OrderReturnState ReturnState { get; private set; }

    /// <summary>Records that return <paramref name="returnNumber"/> was asked for; <paramref name="summary"/> says what it takes.</summary>
    public void RecordReturnRequested(Guid returnId, string returnNumber, string summary, DateTime now, Actor actor)
    {
        returnNumber = Guard.NotEmpty(returnNumber, "returnNumber");
        Record(now, actor, "return.requested", $"Return {returnNumber} requested: {Guard.NotEmpty(summary, "summary")}", null, returnId);
        Refresh(now);
    }

    /// <summary>Counts the goods of a return received at <paramref name="location"/> on the order's lines.</summary>
    public void RecordReturnReceived(Guid returnId, string returnNumber, IReadOnlyList<(Guid OrderLineId, int Quantity)> goods,
        string location, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(goods);
        var counted = goods.Where(g => g.Quantity > 0).ToList();
        if (counted.Count == 0) return;
        foreach (var (lineId, quantity) in counted)
        {
            var line = Line(lineId);
            if (line.ReturnedQuantity + quantity > line.Quantity)
                throw new ConflictException($"Line {line.LineNumber} ({line.Sku}) sold {line.Quantity} unit(s) and {line.ReturnedQuantity} " +
                    $"came back already; {quantity} more cannot.");
            line.CountReturned(quantity);
            Record(now, actor, "line.returned", $"Line {line.LineNumber}: {quantity} × {line.Sku} came back at {location} " +
                $"(return {returnNumber}); {line.ReturnedQuantity} of {line.Quantity} returned.", line.Id, returnId);
        }
        FollowReturns(now);
        Refresh(now);
    }

    /// <summary>
    /// Pays back money for return <paramref name="returnNumber"/>: provider refunds are queued with their idempotency key
    /// (called after the commit), cash at a till and store credit are settled at once, and an order paid outside the OMS
    /// gets an instruction for the channel. Never beyond what an instrument captured less what went back to it (refunded or
    /// queued): such a portion is refused whole (409), and nothing is paid.
    /// </summary>
    public void RefundForReturn(Guid returnId, string returnNumber, IReadOnlyList<RefundPayout> payouts, IReadOnlyList<RefundedLine> lines,
        string? till, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(payouts);
        ArgumentNullException.ThrowIfNull(lines);
        returnNumber = Guard.NotEmpty(returnNumber, "returnNumber");
        foreach (var p in payouts)
        {
            if (p.Amount <= 0) throw new BusinessRuleException("amount", "A refund portion must be greater than zero.");
            if (p.Kind == RefundPayoutKind.ChannelInstruction) continue;
            var payment = _payments.Find(x => x.Sequence == p.PaymentSequence)
                ?? throw new NotFoundException("Payment", $"{Number}/{p.PaymentSequence}");
            var refundable = payment.Captured - payment.Refunded - payment.Pending(PaymentOperation.Refund).Sum(t => t.Amount);
            var asked = payouts.Where(x => x.PaymentSequence == p.PaymentSequence && x.Kind != RefundPayoutKind.ChannelInstruction)
                .Sum(x => x.Amount);
            if (asked > refundable)
                throw new ConflictException($"Payment {payment.Sequence} of order {Number} captured {new Money(payment.Captured, Currency)} " +
                    $"and has {new Money(Math.Max(0, refundable), Currency)} left to refund; {new Money(asked, Currency)} cannot go back to it.");
            if (p.Kind == RefundPayoutKind.CashAtTill && string.IsNullOrWhiteSpace(till))
                throw new BusinessRuleException("location", "A refund in cash needs the till's store.");
        }
        foreach (var l in lines)
        {
            var line = Line(l.OrderLineId);
            if (line.RefundedQuantity + l.Quantity > line.Quantity)
                throw new ConflictException($"Line {line.LineNumber} ({line.Sku}) sold {line.Quantity} unit(s) and {line.RefundedQuantity} were " +
                    $"refunded already; {l.Quantity} more cannot be.");
        }

        var what = $"return {returnNumber}";
        foreach (var p in payouts)
        {
            var amount = new Money(p.Amount, Currency);
            if (p.Kind == RefundPayoutKind.ChannelInstruction)
            {
                Record(now, actor, "refund.instructed", $"Refund of {amount} for {what} to be paid by channel {ChannelCode}: the order " +
                    "was paid outside the OMS.", null, returnId);
                continue;
            }
            var payment = _payments.First(x => x.Sequence == p.PaymentSequence);
            switch (p.Kind)
            {
                case RefundPayoutKind.ProviderRefund:
                    payment.Queue(PaymentOperation.Refund, p.Amount, now, what);
                    Record(now, actor, "refund.requested", $"Refund of {amount} for {what} asked of {payment.Provider} on payment " +
                        $"{payment.Sequence} ({payment.Method}).", null, payment.Id);
                    break;
                case RefundPayoutKind.CashAtTill:
                    payment.Settle(PaymentOperation.Refund, p.Amount, $"till:{till}", now);
                    Record(now, actor, "payment.refunded", $"Refund of {amount} for {what} handed over in cash at the till of {till} " +
                        $"(against payment {payment.Sequence}, {payment.Method}).", null, payment.Id);
                    break;
                default:
                    payment.Settle(PaymentOperation.Refund, p.Amount, $"store-credit:{returnNumber}", now);
                    Record(now, actor, "payment.refunded", $"Refund of {amount} for {what} issued as store credit " +
                        $"(against payment {payment.Sequence}, {payment.Method}).", null, payment.Id);
                    break;
            }
        }
        foreach (var l in lines.Where(l => l.Quantity > 0 || l.Amount != 0)) Line(l.OrderLineId).CountRefunded(l.Quantity, l.Amount);
        FollowReturns(now);
        Refresh(now);
    }

    private void FollowReturns(DateTime now)
    {
        var sold = _lines.Where(l => l.IsActive).ToList();
        var back = sold.Sum(l => Math.Min(l.Quantity, Math.Max(l.ReturnedQuantity, l.RefundedQuantity)));
        var state = back == 0 ? OrderReturnState.None
            : back >= sold.Sum(l => l.Quantity) ? OrderReturnState.Returned : OrderReturnState.PartlyReturned;
        if (state == ReturnState) return;
        Record(now, Actor.System, "order.return-state-changed", $"Order {Number} {ReturnState} → {state} ({back} of " +
            $"{sold.Sum(l => l.Quantity)} unit(s) back or refunded).");
        ReturnState = state;
    }
}
