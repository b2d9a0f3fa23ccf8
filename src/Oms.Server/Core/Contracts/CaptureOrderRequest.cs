using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// An order as a channel sends it. Everything is nullable so that a missing field gets a field error, not a parse error.
/// </summary>
/// <param name="Channel">The channel code (<c>web</c>, <c>pos</c>…).</param>
/// <param name="ChannelOrderId">The channel's own id for the order: capture is idempotent on channel + this id.</param>
/// <param name="Customer">Required unless the channel allows anonymous sales (a walk-in at a till).</param>
/// <param name="SellingLocation">The store of the sale, for a till sale.</param>
/// <param name="Payments">Instruments that together pay the total; none: the channel settles payment itself.</param>
public sealed record CaptureOrderRequest(
    string? Channel,
    string? ChannelOrderId,
    OrderType? Type,
    string? Currency,
    CustomerRequest? Customer,
    AddressRequest? ShippingAddress,
    AddressRequest? BillingAddress,
    string? SellingLocation,
    decimal? ShippingCharge,
    IReadOnlyList<OrderLineRequest?>? Lines,
    IReadOnlyList<PaymentRequest?>? Payments = null);
