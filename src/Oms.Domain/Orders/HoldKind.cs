namespace Oms.Domain.Orders;

/// <summary>Why an order waits for a person or a provider before it may go to fulfilment.</summary>
public enum HoldKind
{
    /// <summary>An authorisation was declined, or the provider could not be reached (retried with the same key).</summary>
    Payment,
    /// <summary>The fraud rules asked for a review.</summary>
    Fraud,
    /// <summary>The workflow asks a person to approve the order (e.g. above an amount).</summary>
    ManualApproval,
    /// <summary>The workflow releases to fulfilment by hand.</summary>
    ManualRelease,
    /// <summary>
    /// An exchange's replacement order waits for the goods of its return: sourced (its stock reserved) but not released until
    /// the return's goods are received. Gates the release step only.
    /// </summary>
    AwaitingReturn,
    /// <summary>
    /// The carrier sends a parcel back to the sender (refused, not collected, undeliverable): its lines need a person to send
    /// them again or refund them. Placed by the carrier's tracking, lifted by a person with a reason.
    /// </summary>
    ReturnedToSender,
}
