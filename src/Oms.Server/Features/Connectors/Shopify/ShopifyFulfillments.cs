using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// A shipment reported as a Shopify fulfillment, the way the Admin REST API (2023-01 on) wants it: read the order's
/// fulfillment orders (<c>GET orders/{id}/fulfillment_orders.json</c>), take the parcel's quantities from the fulfillment order
/// line items of its line items, and <c>POST fulfillments.json</c> with <c>line_items_by_fulfillment_order</c> and
/// <c>tracking_info</c>. Repeating the notice does no harm: what Shopify already fulfilled is no longer fulfillable, and a
/// parcel of which nothing is left to fulfil is taken as reported.
/// </summary>
internal static class ShopifyFulfillments
{
    private static readonly string[] Open = ["open", "in_progress", "scheduled"];

    public static async Task ConfirmAsync(ShopifyAdminApi api, ShipmentNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        var fulfillmentOrders = (await api.GetAsync($"orders/{orderId}/fulfillment_orders.json", ct))?["fulfillment_orders"]?.AsArray() ?? [];
        var byOrder = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var line in notice.Lines)
        {
            var lineItemId = line.ChannelLineId
                ?? throw new ChannelCallException($"Order {notice.OrderNumber}: SKU {line.Sku} has no Shopify line item id.", retry: false);
            var wanted = line.Quantity;
            foreach (var fo in fulfillmentOrders.Where(f => Open.Contains(f?["status"]?.GetValue<string>(), StringComparer.Ordinal)))
            {
                foreach (var item in fo!["line_items"]?.AsArray() ?? [])
                {
                    if (wanted == 0 || item?["line_item_id"]?.ToString() != lineItemId) continue;
                    var take = Math.Min(wanted, item["fulfillable_quantity"]?.GetValue<int>() ?? 0);
                    if (take == 0) continue;
                    var foId = fo["id"]!.ToString();
                    if (!byOrder.TryGetValue(foId, out var items)) byOrder[foId] = items = [];
                    items.Add(new JsonObject { ["id"] = Number(item["id"]!), ["quantity"] = take });
                    wanted -= take;
                }
            }
        }

        if (byOrder.Count == 0) return;
        var fulfillment = new JsonObject
        {
            ["line_items_by_fulfillment_order"] = new JsonArray([.. byOrder.Select(kv => (JsonNode)new JsonObject
            {
                ["fulfillment_order_id"] = long.Parse(kv.Key, CultureInfo.InvariantCulture),
                ["fulfillment_order_line_items"] = kv.Value,
            })]),
            ["tracking_info"] = new JsonObject
            {
                ["number"] = notice.TrackingNumber,
                ["url"] = notice.TrackingUrl,
                ["company"] = notice.Carrier,
            },
            ["notify_customer"] = true,
        };
        await api.PostAsync("fulfillments.json", new JsonObject { ["fulfillment"] = fulfillment }, ct);
    }

    /// <summary>Shopify's ids as JSON numbers (they fit a long, not a double).</summary>
    public static JsonNode Number(JsonNode id) => JsonValue.Create(long.Parse(id.ToString(), CultureInfo.InvariantCulture));
}
