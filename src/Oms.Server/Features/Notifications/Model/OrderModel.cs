namespace Oms.Server.Features.Notifications.Model;

/// <summary>The order: number, dates, totals (of the lines still active) and every line.</summary>
public sealed record OrderModel(
    string Number,
    string ChannelOrderId,
    DateTimeOffset CreatedAt,
    string Status,
    string Currency,
    decimal Subtotal,
    decimal Tax,
    decimal Shipping,
    decimal Total,
    IReadOnlyList<LineModel> Lines,
    AddressModel? ShippingAddress);
