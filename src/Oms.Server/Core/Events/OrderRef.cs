using Oms.Domain.Orders;

namespace Oms.Server.Core.Events;

/// <summary>The order an event is about, as it stands after the change.</summary>
public sealed record OrderRef(Guid Id, string Number, string Channel, string ChannelOrderId, OrderStatus Status, string Currency,
    decimal Total, string? CustomerEmail, string? CustomerName, int Version)
{
    public static OrderRef From(Order o) => new(o.Id, o.Number, o.ChannelCode, o.ChannelOrderId, o.Status, o.Currency, o.Total.Amount,
        o.CustomerEmail, o.CustomerName, o.Version);
}
