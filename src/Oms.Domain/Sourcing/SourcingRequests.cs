using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>Builds sourcing requests from orders, with each address's coordinates and, in words, where they came from.</summary>
public static class SourcingRequests
{
    /// <summary>The order's <paramref name="lines"/> (which must belong to it) to source in one decision.</summary>
    public static SourcingRequest ForOrder(Order order, IEnumerable<OrderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(lines);
        return new SourcingRequest(order.ChannelCode, order.ShippingAddress?.Point,
            [.. lines.Select(l => new SourcingLine(l.Id, l.Sku, l.Quantity, l.DeliveryMethod, l.PickupLocationCode,
                l.ShippingAddress?.Point, l.ShippingAddress is { } a ? Describe(a, "the line's own address") : null))])
        {
            DestinationNote = order.ShippingAddress is { } address ? Describe(address, "the customer's address") : null,
        };
    }

    /// <summary>
    /// Where <paramref name="address"/> is, in words, when it has coordinates; otherwise why distances to it are
    /// unknown. An address without coordinates and without <see cref="Address.GeocodedFrom"/> is one whose postal
    /// code the OMS could not find when it was recorded.
    /// </summary>
    public static string Describe(Address address, string whose)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Point is null)
            return $"{whose} has no coordinates and postal code {address.PostalCode} is not in the {address.Country} postal-code table";
        return address.GeocodedFrom is { } source ? $"{whose}, placed at the centre of {source}" : whose;
    }
}
