namespace Oms.Domain.Orders;

/// <summary>Derives order and fulfilment-order status from line statuses; nothing sets a status directly.</summary>
public static class OrderStatusRules
{
    private static readonly LineStatus[] Done = [LineStatus.Delivered, LineStatus.Collected, LineStatus.CarriedOut];
    private static readonly LineStatus[] HandedOver = [LineStatus.Shipped, LineStatus.ReadyForPickup, .. Done];

    public static OrderStatus DeriveOrder(IReadOnlyCollection<OrderLine> lines)
    {
        var active = lines.Where(l => l.IsActive).Select(l => l.Status).ToList();
        if (active.Count == 0) return OrderStatus.Cancelled;
        if (active.All(Done.Contains)) return OrderStatus.Completed;
        if (active.All(HandedOver.Contains))
            return active.Contains(LineStatus.Shipped) ? OrderStatus.Shipped : OrderStatus.ReadyForPickup;
        if (active.Contains(LineStatus.Exception)) return OrderStatus.Exception;
        if (active.Any(HandedOver.Contains)) return OrderStatus.PartiallyShipped;
        if (active.Contains(LineStatus.Backordered)) return OrderStatus.Backordered;
        if (active.Contains(LineStatus.Created)) return OrderStatus.Created;
        if (active.Contains(LineStatus.Allocated)) return OrderStatus.Allocated;
        if (active.Contains(LineStatus.Released)) return OrderStatus.Released;
        return OrderStatus.InFulfilment;
    }

    public static FulfilmentOrderStatus Derive(IReadOnlyCollection<OrderLine> lines, bool rejected = false)
    {
        var active = lines.Where(l => l.IsActive).Select(l => l.Status).ToList();
        if (active.Count == 0) return rejected ? FulfilmentOrderStatus.Rejected : FulfilmentOrderStatus.Cancelled;
        if (active.All(Done.Contains)) return FulfilmentOrderStatus.Completed;
        if (active.All(HandedOver.Contains))
            return active.Contains(LineStatus.Shipped) ? FulfilmentOrderStatus.Shipped : FulfilmentOrderStatus.ReadyForPickup;
        if (active.Any(HandedOver.Contains)) return FulfilmentOrderStatus.PartiallyShipped;
        if (active.Contains(LineStatus.Allocated)) return FulfilmentOrderStatus.Allocated;
        if (active.Contains(LineStatus.Released)) return FulfilmentOrderStatus.Released;
        if (active.Contains(LineStatus.Picked)) return FulfilmentOrderStatus.Picked;
        return FulfilmentOrderStatus.Packed;
    }
}
