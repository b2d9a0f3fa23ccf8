namespace Oms.Domain.Tracking;

/// <summary>What the OMS made of a carrier's tracking webhook.</summary>
public enum CarrierMessageOutcome
{
    /// <summary>It moved a return parcel: the return's timeline has it.</summary>
    Applied,
    /// <summary>Genuine and readable, but no return has its tracking number: kept with the reason, changes nothing.</summary>
    Unmatched,
    /// <summary>Signed by the carrier but not in its format: kept with the reason, changes nothing.</summary>
    Unreadable,
}
