namespace Oms.Domain.Orders;

public enum FulfilmentOrderStatus
{
    Allocated,
    Released,
    Picked,
    Packed,
    PartiallyShipped,
    Shipped,
    ReadyForPickup,
    Completed,
    Cancelled,
    Rejected,
}
