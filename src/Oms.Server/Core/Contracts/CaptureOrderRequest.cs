using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>
/// An order as a channel sends it. Everything is nullable so that a missing field gets a field error, not a parse error.
/// </summary>
/// <param name="Channel">The channel code (<c>web</c>, <c>pos</c>…).</param>
/// <param name="ChannelOrderId">The channel's own id for the order: capture is idempotent on channel + this id.</param>
/// <param name="Customer">Required unless the channel allows anonymous sales (a walk-in at a till).</param>
/// <param name="Type">The order type; default <c>standard</c>.</param>
/// <param name="Currency">ISO 4217 code; default the channel's currency. Every line uses the order's currency.</param>
/// <param name="ShippingAddress">Where lines shipped to an address go, unless a line gives its own; required when such a line has none.</param>
/// <param name="BillingAddress">The customer's billing address (the fraud rules compare its country with the shipping country).</param>
/// <param name="SellingLocation">The store of the sale, for a till sale; required when a line is carried out.</param>
/// <param name="ShippingCharge">What the customer pays for shipping, in the order's currency; default 0.</param>
/// <param name="Lines">At least one.</param>
/// <param name="Payments">Instruments that together pay the total; none: the channel settles payment itself.</param>
[RequiredFields("channel", "channelOrderId", "lines")]
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
