using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// When money goes back on a return, and the record of what went back. Refunding is decoupled from receiving: by default
/// the goods received (as the sold item) are refunded once the return is approved, whichever comes first; a person may ask
/// for the refund before the goods come in (the approval policy then asks finance), and a claim refunds its units without
/// goods. Goodwill asked on the return is paid with the first refund.
/// </summary>
public sealed partial class ReturnOrder
{
    private readonly List<ReturnRefund> _refunds = [];

    public IReadOnlyList<ReturnRefund> Refunds => _refunds;

    /// <summary>Pay the refund as soon as the return is approved, before the goods are received.</summary>
    public bool RefundBeforeReceipt { get; private set; }
    /// <summary>How the customer asked to be paid back (store credit, say); null: as the channel's refund settings say.</summary>
    public RefundRoute? RefundRoute { get; private set; }
    public decimal GoodwillAmount { get; private set; }
    public string? GoodwillReason { get; private set; }
    /// <summary>Why the last refund could not be paid (more than the instruments can take back); cleared when one is paid.</summary>
    public string? RefundBlockedReason { get; private set; }

    /// <summary>Goodwill asked and not yet paid.</summary>
    public decimal GoodwillDue => Math.Max(0, GoodwillAmount - _refunds.Sum(r => r.Goodwill));

    /// <summary>Sets how the refund is to be paid, while the return is still only requested (before the approval decision).</summary>
    public void SetRefundTerms(bool refundBeforeReceipt, Goodwill? goodwill, RefundRoute? route, DateTime now, Actor actor)
    {
        Expect("SetRefundTerms", ReturnStatus.Requested);
        if (route is { } r && !Enum.IsDefined(r)) throw new BusinessRuleException("refundTo", $"{r} is not a refund route.");
        if (refundBeforeReceipt && !ExpectsGoods)
            throw new BusinessRuleException("refundBeforeReceipt", "A claim without goods back is refunded without a receipt anyway.");
        if (goodwill is not null)
        {
            if (goodwill.Amount <= 0) throw new BusinessRuleException("goodwill.amount", "A goodwill amount must be greater than zero.");
            if (string.IsNullOrWhiteSpace(goodwill.Reason)) throw new BusinessRuleException("goodwill.reason", "Say why goodwill is given.");
            GoodwillAmount = CurrencyMinorUnits.Round(goodwill.Amount, Currency);
            GoodwillReason = TextLimit.Clip(goodwill.Reason.Trim(), 1000);
        }
        RefundBeforeReceipt = refundBeforeReceipt;
        RefundRoute = route;
        if (refundBeforeReceipt || goodwill is not null || route is not null)
        {
            var parts = new List<string>();
            if (route is { } how) parts.Add($"the refund {RouteWords(how)}");
            if (refundBeforeReceipt) parts.Add("refund before the goods are received");
            if (goodwill is not null) parts.Add($"goodwill of {RefundCalculator.F(GoodwillAmount, Currency)} ({GoodwillReason})");
            Record(now, actor, "return.refund-terms", $"Return {Number} asks for {string.Join(" and ", parts)}.");
            Touch(now);
        }
    }

    private static string RouteWords(RefundRoute route) => route switch
    {
        Returns.RefundRoute.StoreCredit => "as store credit",
        Returns.RefundRoute.CashAtTill => "in cash at the till",
        _ => "to the instruments that paid",
    };

    /// <summary>
    /// The units that may be refunded now: none before approval; then per line the units received as the sold item (all
    /// units for a claim, or when the refund goes before receipt), less those refunded already.
    /// </summary>
    public IReadOnlyList<(ReturnLine Line, int Quantity)> UnitsToRefundNow()
    {
        if (!IsApproved || Status == ReturnStatus.Closed) return [];
        return [.. _lines.Select(l => (l, (!ExpectsGoods || RefundBeforeReceipt ? l.Quantity : l.GoodsReceivedQuantity) - l.RefundedQuantity))
            .Where(x => x.Item2 > 0)];
    }

    /// <summary>Something is owed now: units to refund or goodwill not yet paid.</summary>
    public bool HasRefundDueNow => IsApproved && Status != ReturnStatus.Closed && (UnitsToRefundNow().Count > 0 || GoodwillDue > 0);

    /// <summary>The refund due cannot be paid as calculated; a person has to settle it. Recorded once per reason.</summary>
    public void BlockRefund(string reason, DateTime now, Actor actor)
    {
        reason = TextLimit.Clip(Guard.NotEmpty(reason, "reason"), 1000);
        if (reason == RefundBlockedReason) return;
        RefundBlockedReason = reason;
        Record(now, actor, "return.refund-blocked", $"The refund for return {Number} was not paid: {reason}.");
        Touch(now);
    }

    /// <summary>
    /// Once everything expected came in (or nothing was expected), nothing waits for inspection and nothing is left to
    /// refund, the return closes by itself.
    /// </summary>
    public void CloseIfDone(DateTime now, Actor actor)
    {
        var done = Status == ReturnStatus.Received || (Status == ReturnStatus.Approved && !ExpectsGoods
            && _lines.TrueForAll(l => l.RefundedQuantity >= l.Quantity));
        // An exchange also waits until its replacement order exists.
        if (!done || AwaitsInspection || HasRefundDueNow || (ExchangeCredit is not null && ExchangeOrderId is null)) return;
        Close(now, actor);
    }

}
