namespace Oms.Domain.OrderWorkflows;

/// <summary>The order-level processing steps, run in the order a workflow entry lists them.</summary>
public enum WorkflowStep
{
    /// <summary>The order is complete and consistent (addresses, lines, prices) before anything else happens.</summary>
    Validation,
    /// <summary>The fraud rules score the order: accept, hold for review, or reject.</summary>
    FraudCheck,
    /// <summary>The payment instruments are authorised for the order total.</summary>
    PaymentAuthorisation,
    /// <summary>Each line is given a fulfilment point and its stock is reserved.</summary>
    Sourcing,
    /// <summary>Fulfilment orders go to the warehouse or store; automatic unless a <see cref="WorkflowHoldKind.ManualRelease"/> hold applies.</summary>
    Release,
}

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
