namespace Oms.Domain.Returns;

/// <summary>What one line of a refund's explanation is about.</summary>
public enum RefundEntryKind
{
    UnitPrice,
    LineDiscount,
    OrderDiscount,
    Tax,
    /// <summary>Less than the formula because the line was (almost) fully refunded before.</summary>
    Cap,
    Shipping,
    RestockingFee,
    Goodwill,
}
