using Oms.Domain.Orders;

namespace Oms.Server.Features.Tracking;

/// <summary>Order and line states in the words a customer understands.</summary>
public static class StatusWords
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Created or OrderStatus.Allocated => "We have received your order and are preparing it.",
        OrderStatus.Exception or OrderStatus.Backordered => "Your order is waiting for stock; we will send it as soon as it arrives.",
        OrderStatus.Released or OrderStatus.InFulfilment => "Your order is being picked and packed.",
        OrderStatus.PartiallyShipped => "Part of your order is on its way; the rest follows.",
        OrderStatus.Shipped => "Your order is on its way.",
        OrderStatus.ReadyForPickup => "Your order is ready to be collected.",
        OrderStatus.Completed => "Your order is complete.",
        OrderStatus.Cancelled => "Your order has been cancelled.",
        _ => "We are working on your order.",
    };

    public static string Of(LineStatus status) => status switch
    {
        LineStatus.Created or LineStatus.Allocated => "Being prepared",
        LineStatus.Backordered or LineStatus.Exception => "Waiting for stock",
        LineStatus.Released or LineStatus.Picked or LineStatus.Packed => "Being packed",
        LineStatus.Shipped => "On its way",
        LineStatus.Delivered => "Delivered",
        LineStatus.ReadyForPickup => "Ready to collect",
        LineStatus.Collected or LineStatus.CarriedOut => "Collected",
        LineStatus.PickupExpired => "Not collected in time",
        LineStatus.Cancelled => "Cancelled",
        _ => "Being prepared",
    };
}
