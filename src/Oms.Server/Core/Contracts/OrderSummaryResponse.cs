using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record OrderSummaryResponse(
    Guid Id, string Number, string Channel, string ChannelOrderId, OrderStatus Status, string? CustomerEmail,
    string? CustomerName, string? CustomerPhone, string Currency, decimal Total, int LineCount, DateTime CreatedAt,
    OrderReturnState ReturnState = OrderReturnState.None)
{
    /// <summary>Needs the order's lines loaded, for the total.</summary>
    public static OrderSummaryResponse From(Order o) => new(o.Id, o.Number, o.ChannelCode, o.ChannelOrderId, o.Status, o.CustomerEmail,
        o.CustomerName, o.CustomerPhone, o.Currency, o.Total.Amount, o.Lines.Count, o.CreatedAt, o.ReturnState);
}
