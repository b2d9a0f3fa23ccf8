namespace Oms.Domain.Returns;

/// <summary>How the money goes back.</summary>
public enum RefundRoute
{
    /// <summary>To the instruments that paid, in the policy's order (cash paid at a till comes back as cash).</summary>
    OriginalInstruments,
    /// <summary>All as store credit, charged against the instruments that paid (the books stay per instrument).</summary>
    StoreCredit,
    /// <summary>All in cash at the till (a store sale), charged against the instruments that paid.</summary>
    CashAtTill,
}
