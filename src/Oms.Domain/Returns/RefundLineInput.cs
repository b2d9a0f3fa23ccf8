namespace Oms.Domain.Returns;

/// <summary>
/// One order line as the calculator needs it: the line's totals as sold, the units refunded now, and what was refunded
/// for it before (over every earlier return, so that all returns together refund exactly the line total).
/// </summary>
/// <param name="OrderedQuantity">The line's units as sold.</param>
/// <param name="LineDiscount">The line's whole discount (<see cref="Orders.OrderLine.Discount"/>, not per unit).</param>
/// <param name="LineTax">The line's whole tax (<see cref="Orders.OrderLine.Tax"/>).</param>
/// <param name="Quantity">Units refunded now.</param>
/// <param name="PreviouslyRefundedUnits">Units of this line refunded by earlier refunds.</param>
/// <param name="PreviouslyRefundedAmount">What earlier refunds paid for this line's goods (fees, shipping and goodwill excluded).</param>
/// <param name="OrderDiscountShare">The line's share of order-level discounts, in total. Orders carry line discounts only
/// today; a channel that sends an order-level discount spreads it over the lines with
/// <see cref="RefundCalculator.ShareOrderDiscount"/>.</param>
public sealed record RefundLineInput(
    Guid OrderLineId,
    int LineNumber,
    string Sku,
    int OrderedQuantity,
    decimal UnitPrice,
    decimal LineDiscount,
    decimal LineTax,
    int Quantity,
    int PreviouslyRefundedUnits = 0,
    decimal PreviouslyRefundedAmount = 0m,
    decimal OrderDiscountShare = 0m)
{
    /// <summary>What the whole line cost the customer.</summary>
    public decimal LineTotal => UnitPrice * OrderedQuantity - LineDiscount - OrderDiscountShare + LineTax;
}
