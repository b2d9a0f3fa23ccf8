namespace Oms.Carriers;

/// <summary>What cancelling a collection did.</summary>
public enum CollectionCancellation
{
    /// <summary>The carrier confirmed: no driver comes.</summary>
    Cancelled,

    /// <summary>The cancellation is being handled by the carrier's support and confirmed later.</summary>
    Requested,
}
