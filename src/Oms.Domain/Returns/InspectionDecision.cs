namespace Oms.Domain.Returns;

/// <summary>What a person decides for returned units held as unsellable stock (for inspection or for the vendor).</summary>
public enum InspectionDecision
{
    /// <summary>Back on the shelf: sellable stock at the location that holds the units.</summary>
    Restock,
    /// <summary>Not sellable: the units leave the stock for good.</summary>
    WriteOff,
    /// <summary>Sent back to the vendor: the units leave the stock for good.</summary>
    ReturnToVendor,
}
