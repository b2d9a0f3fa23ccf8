using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed record OrderLineRequest(
    string? Sku,
    int? Quantity,
    decimal? UnitPrice,
    decimal? Discount,
    decimal? Tax,
    string? Currency,
    DeliveryMethod? DeliveryMethod,
    string? PickupLocation,
    AddressRequest? ShippingAddress);
