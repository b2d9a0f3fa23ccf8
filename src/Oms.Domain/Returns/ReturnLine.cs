using Oms.Domain.Common;

namespace Oms.Domain.Returns;

/// <summary>The units of one order line that come back. Changed only through <see cref="ReturnOrder"/>.</summary>
public sealed class ReturnLine
{
    private ReturnLine() { Sku = null!; }

    internal ReturnLine(Guid id, Guid returnOrderId, int lineNumber, NewReturnLine spec, string field)
    {
        Id = id;
        ReturnOrderId = returnOrderId;
        LineNumber = lineNumber;
        OrderLineId = spec.OrderLineId != Guid.Empty ? spec.OrderLineId
            : throw new BusinessRuleException($"{field}.orderLineId", $"{field}.orderLineId is required.");
        Sku = Guard.NotEmpty(spec.Sku, $"{field}.sku");
        Quantity = Guard.Positive(spec.Quantity, $"{field}.quantity");
        UnitRefundBasis = Guard.NotNegative(spec.UnitRefundBasis, $"{field}.unitRefundBasis");
        ReplacementSku = string.IsNullOrWhiteSpace(spec.ReplacementSku) ? null : spec.ReplacementSku.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ReturnOrderId { get; private set; }
    public int LineNumber { get; private set; }
    public Guid OrderLineId { get; private set; }
    public string Sku { get; private set; }
    /// <summary>Units expected back (or claimed, for a claim without goods).</summary>
    public int Quantity { get; private set; }
    public decimal UnitRefundBasis { get; private set; }
    public string? ReplacementSku { get; private set; }
    /// <summary>Units accounted for by a receipt, whatever their disposition (missing and wrong items included).</summary>
    public int ReceivedQuantity { get; private set; }
    /// <summary>Units received as the sold item (restocked, written off, held for the vendor or for inspection).</summary>
    public int GoodsReceivedQuantity { get; private set; }
    public int RefundedQuantity { get; private set; }
    public decimal RefundedAmount { get; private set; }

    public int OutstandingQuantity => Quantity - ReceivedQuantity;

    internal void CountReceipt(Disposition disposition)
    {
        ReceivedQuantity++;
        if (disposition is not (Disposition.Missing or Disposition.WrongItem)) GoodsReceivedQuantity++;
    }

    internal void CountRefund(int quantity, decimal amount)
    {
        RefundedQuantity += quantity;
        RefundedAmount += amount;
    }
}
