using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// The refund the goods received so far call for, calculated on receipt and kept on the return until a refund is paid.
/// It is a statement of what is owed, not a payment: <see cref="RefundedTotal"/> and the lines' refunded amounts change
/// only through <see cref="RecordRefund"/>.
/// </summary>
public sealed partial class ReturnOrder
{
    /// <summary>What the explanation keeps (the stored length).</summary>
    public const int MaxRefundExplanation = 4000;

    /// <summary>The refund due for received goods not yet refunded, as last calculated; null before any goods came in.</summary>
    public decimal? RefundDue { get; private set; }

    /// <summary>The calculation behind <see cref="RefundDue"/>, one entry per line of text (amount, then why).</summary>
    public string? RefundDueExplanation { get; private set; }

    /// <summary>Keeps the calculation for the goods received so far, replacing an earlier one, and says so on the timeline.</summary>
    public void StateRefundDue(RefundCalculation refund, DateTime now, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (refund.Currency != Currency)
            throw new BusinessRuleException("currency", $"Return {Number} is in {Currency}; the refund is in {refund.Currency}.");
        var c = refund.Currency;
        RefundDue = refund.Total;
        RefundDueExplanation = TextLimit.Clip(string.Join('\n', refund.Entries.Select(e => $"{RefundCalculator.F(e.Amount, c)}: {e.Text}")),
            MaxRefundExplanation);
        Record(now, actor, "return.refund-due",
            $"Refund due for return {Number}: {RefundCalculator.F(refund.Total, c)} (goods {RefundCalculator.F(refund.Goods, c)}, " +
                $"shipping {RefundCalculator.F(refund.Shipping, c)}, restocking fee {RefundCalculator.F(refund.RestockingFee, c)}, " +
                $"goodwill {RefundCalculator.F(refund.Goodwill, c)}); not paid yet.");
        Touch(now);
    }
}
