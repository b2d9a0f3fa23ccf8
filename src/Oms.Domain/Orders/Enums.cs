namespace Oms.Domain.Orders;

public enum OrderType { Standard, PreOrder, BackOrder, ReserveAndCollect, MakeToOrder, Service }

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

public enum LineStatus
{
    Created,
    Backordered,
    Allocated,
    Released,
    Picked,
    Packed,
    Shipped,
    Delivered,
    ReadyForPickup,
    Collected,
    PickupExpired,
    CarriedOut,
    Cancelled,
    /// <summary>Rejected by every location that could serve it: waits in the exception queue for a person.</summary>
    Exception,
}

/// <summary>The actions of the line lifecycle; each is checked against the line's workflow.</summary>
public enum LineAction
{
    Allocate,
    Backorder,
    Release,
    Pick,
    Pack,
    Ship,
    Deliver,
    ReadyForPickup,
    Collect,
    ExpirePickup,
    CarryOut,
    Cancel,
    /// <summary>The fulfilling location cannot fulfil the line (not found, damaged): it goes back to sourcing.</summary>
    Reject,
    /// <summary>Sourcing found nowhere left to send a rejected line.</summary>
    Escalate,
    /// <summary>A count or a till sale took the units the line was promised: it goes back to sourcing.</summary>
    LoseStock,
}

/// <summary>The order's status, derived from its lines (see <see cref="OrderStatusRules"/>).</summary>
public enum OrderStatus
{
    Created,
    /// <summary>At least one line is in the exception queue.</summary>
    Exception,
    Backordered,
    Allocated,
    Released,
    InFulfilment,
    PartiallyShipped,
    Shipped,
    ReadyForPickup,
    Completed,
    Cancelled,
}

public enum FulfilmentOrderStatus { Allocated, Released, Picked, Packed, PartiallyShipped, Shipped, ReadyForPickup, Completed, Cancelled, Rejected }
