using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;


/// <summary>
/// One amendment, named by <see cref="Type"/>: changeQuantity (lineId, quantity, optionally the channel's new tax), addLine (line),
/// removeLine (lineId), changeShippingAddress (shippingAddress), changeDeliveryMethod (lineId, deliveryMethod, pickupLocation or
/// shippingAddress).
/// </summary>
[RequiredFields("type")]
public sealed record AmendOrderRequest(
    AmendmentType? Type, Guid? LineId = null, int? Quantity = null, OrderLineRequest? Line = null,
    AddressRequest? ShippingAddress = null, DeliveryMethod? DeliveryMethod = null, string? PickupLocation = null, decimal? Tax = null);
