using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Available-to-sell as Shopify inventory levels: <c>POST inventory_levels/set.json</c> with the SKU's
/// <c>inventory_item_id</c> and the shop location that sells online. Shopify knows stock by inventory item, not by SKU, so
/// the connector's settings hold them: <c>inventoryLocationId</c> (the location the webshop sells from) and
/// <c>inventoryItems</c>, an object from the channel's SKU to its inventory item id. A SKU without an inventory item is not
/// tracked in Shopify and is left out. The levels are absolute, so a repeat after a 429 sets the same numbers again.
/// </summary>
internal static class ShopifyInventory
{
    public static async Task PushAsync(ShopifyAdminApi api, ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        var items = connector.Settings["inventoryItems"] as JsonObject;
        var location = connector.Settings["inventoryLocationId"]?.ToString();
        if (items is null || items.Count == 0) return;
        if (string.IsNullOrEmpty(location))
            throw new ChannelCallException($"Connector {connector.Code} has inventoryItems but no inventoryLocationId.", retry: false);

        foreach (var level in levels)
        {
            if (items[level.ChannelSku] is not { } item) continue;
            await api.PostAsync("inventory_levels/set.json", new JsonObject
            {
                ["location_id"] = long.Parse(location, CultureInfo.InvariantCulture),
                ["inventory_item_id"] = ShopifyFulfillments.Number(item),
                ["available"] = Math.Max(0, level.Available),
            }, ct);
        }
    }
}
