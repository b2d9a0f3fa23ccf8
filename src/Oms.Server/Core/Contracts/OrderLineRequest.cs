using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>One line of an order as a channel sends it.</summary>
/// <param name="Sku">A product's SKU (<c>SKU-0001</c>).</param>
/// <param name="Quantity">Units, at least 1.</param>
/// <param name="UnitPrice">Price of one unit before discount, in the order's currency.</param>
/// <param name="Discount">Discount on the whole line; default 0.</param>
/// <param name="Tax">Tax on the whole line; default 0.</param>
/// <param name="Currency">ISO 4217 code; when given, the order's currency.</param>
/// <param name="DeliveryMethod">How the customer gets the line.</param>
/// <param name="PickupLocation">The store or carrier pickup point; required for <c>pickupInStore</c> and <c>carrierPickupPoint</c>.</param>
/// <param name="ShippingAddress">Where this line goes, when not to the order's shipping address.</param>
/// <param name="ChannelLineId">The channel's own id of the line, kept for the confirmations the OMS sends back to it.</param>
[RequiredFields("sku", "quantity", "unitPrice", "deliveryMethod")]
public sealed record OrderLineRequest(
    string? Sku,
    int? Quantity,
    decimal? UnitPrice,
    decimal? Discount,
    decimal? Tax,
    string? Currency,
    DeliveryMethod? DeliveryMethod,
    string? PickupLocation,
    AddressRequest? ShippingAddress,
    string? ChannelLineId = null);
