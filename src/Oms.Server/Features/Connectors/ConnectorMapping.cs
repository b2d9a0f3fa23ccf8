using Oms.Domain.Orders;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// How a channel's words become the OMS's: its SKUs, its locations (POS stores, marketplace fulfilment centres), whether
/// its prices include tax, and its shipping methods as delivery methods. Anything not mapped passes through unchanged
/// (a channel that uses the OMS's SKUs needs no SKU map).
/// </summary>
/// <param name="Skus">Channel SKU (or listing id) → OMS SKU.</param>
/// <param name="Locations">Channel location id → OMS location code.</param>
/// <param name="PricesIncludeTax">The channel's prices include tax (Shopify's <c>taxes_included</c> overrides it per order).</param>
/// <param name="ShippingMethods">Channel shipping method (title or code) → delivery method.</param>
/// <param name="DefaultDeliveryMethod">For a shipping method not in the map; default <c>shipToAddress</c>.</param>
public sealed record ConnectorMapping(
    IReadOnlyDictionary<string, string>? Skus = null,
    IReadOnlyDictionary<string, string>? Locations = null,
    bool PricesIncludeTax = false,
    IReadOnlyDictionary<string, DeliveryMethod>? ShippingMethods = null,
    DeliveryMethod? DefaultDeliveryMethod = null)
{
    public static readonly ConnectorMapping Empty = new();

    /// <summary>The OMS SKU for a channel SKU: the mapped one, or the same text.</summary>
    public string Sku(string? channelSku, string field)
    {
        if (string.IsNullOrWhiteSpace(channelSku)) throw new InboundRejectedException(field, "The line has no SKU.");
        return Skus is not null && Skus.TryGetValue(channelSku, out var sku) ? sku : channelSku;
    }

    /// <summary>The OMS location for a channel location id; a location that is not mapped is refused.</summary>
    public string Location(string channelLocation, string field)
        => Locations is not null && Locations.TryGetValue(channelLocation, out var code)
            ? code
            : throw new InboundRejectedException(field, $"Location {channelLocation} of the channel is not mapped to an OMS location.");

    /// <summary>The delivery method for a channel shipping method (title or code).</summary>
    public DeliveryMethod Delivery(string? shippingMethod)
        => shippingMethod is not null && ShippingMethods is not null && ShippingMethods.TryGetValue(shippingMethod, out var m)
            ? m
            : DefaultDeliveryMethod ?? DeliveryMethod.ShipToAddress;

    /// <summary>The channel's SKU for an OMS SKU (for pushing availability and confirmations back).</summary>
    public string ChannelSku(string sku)
        => Skus?.FirstOrDefault(kv => string.Equals(kv.Value, sku, StringComparison.Ordinal)).Key ?? sku;
}
