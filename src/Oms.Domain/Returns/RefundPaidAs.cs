namespace Oms.Domain.Returns;

/// <summary>How one portion of a refund reaches the customer.</summary>
public enum RefundPaidAs
{
    /// <summary>Through the provider, back to the instrument.</summary>
    OriginalInstrument,
    StoreCredit,
    CashAtTill,
    /// <summary>The order was paid outside the OMS: the channel executes the refund from a recorded instruction.</summary>
    ChannelInstruction,
}
