using Oms.Domain.Orders;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>
/// How the replacements reach the customer. Default: shipped to the original order's shipping address. <c>carryOut</c>
/// takes them from the shelf of the store the goods are handed in at, at once (a till exchange).
/// </summary>
/// <param name="PickupLocation">Required for <c>pickupInStore</c> and <c>carrierPickupPoint</c>.</param>
/// <param name="ShippingAddress">Where shipped replacements go, when not to the original order's shipping address.</param>
[RequiredFields("deliveryMethod")]
public sealed record ReplacementDeliveryRequest(DeliveryMethod? DeliveryMethod, string? PickupLocation = null,
    AddressRequest? ShippingAddress = null);
