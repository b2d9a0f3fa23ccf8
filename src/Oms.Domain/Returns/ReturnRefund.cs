using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>
/// One refund paid on a return: what it paid for (goods, shipping, fee, goodwill, explained line by line) and how the money
/// went back (to which instruments, in cash, as store credit, or as an instruction for the channel). The provider's answers
/// are on the order's payments; this is the return's record. Created only by <see cref="ReturnOrder.RecordRefund"/>.
/// </summary>
public sealed class ReturnRefund
{
    public const int MaxExplanation = 4000;
    public const int MaxPaidAs = 1000;

    private ReturnRefund() { Explanation = null!; PaidAs = null!; CreatedBy = null!; }

    internal ReturnRefund(Guid id, Guid returnOrderId, int sequence, RefundCalculation refund, decimal offset, string paidAs,
        DateTime now, string by)
    {
        Id = id; ReturnOrderId = returnOrderId; Sequence = sequence;
        Goods = refund.Goods; Shipping = refund.Shipping; RestockingFee = refund.RestockingFee; Goodwill = refund.Goodwill;
        OffsetByExchange = offset;
        Total = refund.Total - offset;
        Explanation = TextLimit.Clip(string.Join('\n', refund.Entries.Select(e => $"{RefundCalculator.F(e.Amount, refund.Currency)}: {e.Text}")),
            MaxExplanation);
        PaidAs = TextLimit.Clip(Guard.NotEmpty(paidAs, "paidAs"), MaxPaidAs);
        CreatedAt = now;
        CreatedBy = by;
    }

    public Guid Id { get; private set; }
    public Guid ReturnOrderId { get; private set; }
    public int Sequence { get; private set; }
    public decimal Goods { get; private set; }
    public decimal Shipping { get; private set; }
    public decimal RestockingFee { get; private set; }
    public decimal Goodwill { get; private set; }
    /// <summary>Part of the goods' value that paid for an exchange's replacement instead of going back.</summary>
    public decimal OffsetByExchange { get; private set; }
    /// <summary>What went back to the customer: goods + shipping − fee + goodwill − exchange offset.</summary>
    public decimal Total { get; private set; }
    public string Explanation { get; private set; }
    /// <summary>How the money went back, one portion per line of text.</summary>
    public string PaidAs { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }
}
