namespace Oms.Domain.Orders;

/// <summary>How one line reaches the customer.</summary>
public enum DeliveryMethod
{
    /// <summary>Parcel to the customer's address.</summary>
    ShipToAddress,
    /// <summary>Click and collect in a store the customer chose (BOPIS).</summary>
    PickupInStore,
    /// <summary>Taken away at the till: the sale completes at once.</summary>
    CarryOut,
    /// <summary>Parcel to a carrier's pickup point.</summary>
    CarrierPickupPoint,
}
