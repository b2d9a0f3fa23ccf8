using Oms.Domain.Common;

namespace Oms.Domain.Orders;

/// <summary>An order as a channel sends it, already normalised.</summary>
public sealed record NewOrder(
    Guid Id,
    string Number,
    string ChannelCode,
    string ChannelOrderId,
    OrderType Type,
    string Currency,
    string? CustomerEmail,
    string? CustomerName,
    string? CustomerPhone,
    Address? ShippingAddress,
    Address? BillingAddress,
    string? SellingLocation,
    decimal ShippingCharge,
    IReadOnlyList<NewOrderLine> Lines,
    string RequestHash);
