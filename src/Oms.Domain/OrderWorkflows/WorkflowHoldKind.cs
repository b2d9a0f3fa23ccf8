namespace Oms.Domain.OrderWorkflows;

/// <summary>Why an order waits, or how its payment is taken. See <see cref="WorkflowHold"/>.</summary>
public enum WorkflowHoldKind
{
    /// <summary>A person approves the order before a given step (e.g. B2B orders above an amount, before sourcing).</summary>
    ManualApproval,
    /// <summary>After sourcing, the order waits for a person to release it to fulfilment.</summary>
    ManualRelease,
    /// <summary>
    /// Reserve-and-collect: nothing is authorised online; the customer pays at the till when collecting. Gates no
    /// step of this pipeline; whoever records the collection must take the payment.
    /// </summary>
    PayInStore,
}
