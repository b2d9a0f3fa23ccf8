namespace Oms.Domain.Returns;

/// <summary>Everything a refund calculation needs; the caller reads the order, its earlier refunds and the policy.</summary>
/// <param name="ShippingCharge">The order's shipping charge.</param>
/// <param name="ShippingPreviouslyRefunded">What earlier refunds paid back of the shipping charge.</param>
/// <param name="WholeOrderReturned">After this refund, every sold unit of the order has come back (or been refunded).</param>
public sealed record RefundInput(
    string Currency,
    IReadOnlyList<RefundLineInput> Lines,
    ReturnReason Reason,
    ShippingRefundRule ShippingRule,
    decimal ShippingCharge = 0m,
    decimal ShippingPreviouslyRefunded = 0m,
    bool WholeOrderReturned = false,
    IReadOnlyList<Goodwill>? Goodwill = null);
