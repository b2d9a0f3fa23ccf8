namespace Oms.Domain.Orders;

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
