namespace Oms.Domain.Orders;

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
