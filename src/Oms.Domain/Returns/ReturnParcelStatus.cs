namespace Oms.Domain.Returns;

/// <summary>
/// Where the return parcel is, as the carrier's tracking says (the carrier's own codes normalised by its adapter). Each
/// status is a timeline entry <c>return.parcel-{status}</c> (<see cref="ReturnOrder.ParcelEventType"/>).
/// </summary>
public enum ReturnParcelStatus
{
    /// <summary>Collected, sorted, or on its way between hubs.</summary>
    InTransit,
    /// <summary>With the driver for the last mile to the receiving location.</summary>
    OutForDelivery,
    /// <summary>Handed to the receiving location (the DC or store): the goods can be received.</summary>
    Delivered,
    /// <summary>A delivery attempt at the location failed; the carrier usually tries again.</summary>
    FailedAttempt,
    /// <summary>Waiting at a pickup point.</summary>
    ArrivedAtPickupPoint,
    /// <summary>Collected from a pickup point.</summary>
    CollectedFromPickupPoint,
    /// <summary>On its way back to, or received back by, the customer.</summary>
    ReturnedToSender,
    /// <summary>A status that moves nothing (announced, cancelled, a carrier exception), kept with the carrier's words.</summary>
    Other,
}
