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
