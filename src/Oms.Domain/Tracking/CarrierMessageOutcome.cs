namespace Oms.Domain.Tracking;

/// <summary>What the OMS made of a carrier's tracking webhook.</summary>
public enum CarrierMessageOutcome
{
    /// <summary>It moved a return parcel or an outbound shipment: the return's or the order's timeline has it.</summary>
    Applied,
    /// <summary>Genuine and readable, but no return or shipment has its tracking number: kept with the reason, changes nothing.</summary>
    Unmatched,
    /// <summary>Signed by the carrier but not in its format: kept with the reason, changes nothing.</summary>
    Unreadable,
    /// <summary>About a known shipment but older than its latest milestone, or after its delivery: kept, changes nothing.</summary>
    Stale,
}
