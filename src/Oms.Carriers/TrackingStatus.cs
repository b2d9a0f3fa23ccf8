namespace Oms.Carriers;

/// <summary>A carrier's tracking status, normalised: the milestones that move an order line or a return.</summary>
public enum TrackingStatus
{
    /// <summary>Collected, sorted, or on its way between hubs (including at customs and delayed).</summary>
    InTransit,

    /// <summary>With the driver for the last mile.</summary>
    OutForDelivery,

    /// <summary>Handed to the addressee (for a return: received at the location).</summary>
    Delivered,

    /// <summary>A delivery attempt failed, or the addressee refused the parcel; the carrier usually tries again or returns it.</summary>
    FailedAttempt,

    /// <summary>Waiting at a pickup point (service point, locker) for the addressee.</summary>
    ArrivedAtPickupPoint,

    /// <summary>The addressee collected it from the pickup point.</summary>
    CollectedFromPickupPoint,

    /// <summary>On its way back to, or received back by, the sender.</summary>
    ReturnedToSender,

    /// <summary>A status that moves nothing (label announced, cancelled, address changed, carrier exception); kept
    /// with the carrier's code for the timeline.</summary>
    Other,
}
