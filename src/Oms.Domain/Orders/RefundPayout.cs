namespace Oms.Domain.Orders;

/// <summary>How one portion of a refund leaves the order's books (the order applies it with <see cref="Order.RefundForReturn"/>).</summary>
public enum RefundPayoutKind
{
    /// <summary>Through the instrument's provider, after the commit, with the idempotency key fixed now.</summary>
    ProviderRefund,
    /// <summary>Handed over in cash at a till: settled at once.</summary>
    CashAtTill,
    /// <summary>Issued as store credit: settled at once against the instrument that paid.</summary>
    StoreCredit,
    /// <summary>The order was paid outside the OMS: an instruction for the channel to refund.</summary>
    ChannelInstruction,
}

/// <summary>One portion of a refund: how it is paid, against which instrument (none for a channel instruction), how much.</summary>
public sealed record RefundPayout(RefundPayoutKind Kind, int? PaymentSequence, decimal Amount);

/// <summary>The units and goods amount a refund pays for one order line.</summary>
public sealed record RefundedLine(Guid OrderLineId, int Quantity, decimal Amount);
