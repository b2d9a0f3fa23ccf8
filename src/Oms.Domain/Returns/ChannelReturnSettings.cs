namespace Oms.Domain.Returns;

/// <summary>How one channel's refunds are paid and its exchanges released.</summary>
/// <param name="Refunds">The route and the order in which the order's instruments are refunded.</param>
public sealed record ChannelReturnSettings(RefundAllocationPolicy Refunds, ExchangeRelease ExchangeRelease)
{
    /// <summary>Original instruments, gift cards and store credit last; the replacement waits for the goods.</summary>
    public static ChannelReturnSettings Default { get; } = new(RefundAllocationPolicy.GiftCardsLast, ExchangeRelease.OnReceipt);
}
