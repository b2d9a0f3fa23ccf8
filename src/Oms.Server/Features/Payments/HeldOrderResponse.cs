using Oms.Domain.Orders;

namespace Oms.Server.Features.Payments;

public sealed record HeldOrderResponse(Guid OrderId, string Number, string Channel, string? CustomerEmail, decimal Total, string Currency,
    HoldKind Kind, string Reason, DateTime PlacedAt)
{
    public static HeldOrderResponse From(Order o, OrderHold h)
        => new(o.Id, o.Number, o.ChannelCode, o.CustomerEmail, o.Total.Amount, o.Currency, h.Kind, h.Reason, h.PlacedAt);
}
