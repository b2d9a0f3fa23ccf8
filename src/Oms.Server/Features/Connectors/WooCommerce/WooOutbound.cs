using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>
/// What the OMS tells a WooCommerce shop, through REST v3. WooCommerce has no shipments of its own: a parcel becomes a
/// customer note with carrier and tracking (<c>POST orders/{id}/notes</c>, not repeated when a note with that tracking number
/// is there) and the order is set <c>completed</c> (<c>PUT orders/{id}</c>). A whole cancellation sets <c>cancelled</c>; lines
/// cancelled alone get a private note (WooCommerce cannot cancel a line). A refund is <c>POST orders/{id}/refunds</c> with
/// <c>api_refund</c> (the gateway pays it back; setting <c>apiRefund: false</c> only records it), tagged with the notice's key
/// in its <c>meta_data</c> so that a repeat finds it and stops.
/// </summary>
internal static class WooOutbound
{
    private const string NoticeKey = "_oms_notice";

    public static async Task ShipAsync(WooRestApi api, ShipmentNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        var notes = (await api.GetAsync($"orders/{orderId}/notes", ct))?.AsArray() ?? [];
        if (!notes.Any(n => n?["note"]?.GetValue<string>()?.Contains(notice.TrackingNumber, StringComparison.Ordinal) == true))
        {
            var text = $"Shipped with {notice.Carrier}, tracking number {notice.TrackingNumber}"
                + (notice.TrackingUrl is null ? "." : $": {notice.TrackingUrl}");
            await api.PostAsync($"orders/{orderId}/notes", new JsonObject { ["note"] = text, ["customer_note"] = true }, ct);
        }
        await api.PutAsync($"orders/{orderId}", new JsonObject { ["status"] = "completed" }, ct);
    }

    public static async Task CancelAsync(WooRestApi api, CancellationNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        if (notice.WholeOrder)
        {
            await api.PutAsync($"orders/{orderId}", new JsonObject { ["status"] = "cancelled" }, ct);
            return;
        }

        var tag = $"[oms:{notice.Key}]";
        var notes = (await api.GetAsync($"orders/{orderId}/notes", ct))?.AsArray() ?? [];
        if (notes.Any(n => n?["note"]?.GetValue<string>()?.Contains(tag, StringComparison.Ordinal) == true)) return;
        var lines = string.Join(", ", notice.Lines.Select(l => $"{l.Quantity} x {l.ChannelSku}"));
        await api.PostAsync($"orders/{orderId}/notes",
            new JsonObject { ["note"] = $"Cancelled by the OMS: {lines} ({notice.Reason}) {tag}", ["customer_note"] = false }, ct);
    }

    public static async Task RefundAsync(WooRestApi api, ConnectorRuntime connector, RefundNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        var refunds = (await api.GetAsync($"orders/{orderId}/refunds", ct))?.AsArray() ?? [];
        if (refunds.Any(r => (r?["meta_data"]?.AsArray() ?? []).Any(m => m?["key"]?.GetValue<string>() == NoticeKey
            && m["value"]?.ToString() == notice.Key)))
            return;

        await api.PostAsync($"orders/{orderId}/refunds", new JsonObject
        {
            ["amount"] = notice.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["reason"] = notice.Reason,
            ["api_refund"] = connector.Settings["apiRefund"]?.GetValue<bool>() ?? true,
            ["meta_data"] = new JsonArray(new JsonObject { ["key"] = NoticeKey, ["value"] = notice.Key }),
        }, ct);
    }

    /// <summary>
    /// Stock quantities by batch (<c>POST products/batch</c>, variations through <c>products/{parent}/variations/batch</c>), at
    /// most 100 per call as WooCommerce allows. The product of a SKU comes from the setting <c>products</c> (channel SKU →
    /// <c>"93"</c>, or <c>"22/23"</c> for variation 23 of product 22), or is the channel SKU itself when that is an id.
    /// </summary>
    public static async Task PushStockAsync(WooRestApi api, ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        var map = connector.Settings["products"] as JsonObject;
        var targets = levels
            .Select(l => (Ref: map?[l.ChannelSku]?.ToString() ?? (l.ChannelSku.All(char.IsAsciiDigit) ? l.ChannelSku : null), Level: l))
            .Where(t => t.Ref is not null)
            .Select(t => t.Ref!.Split('/') is [var parent, var variation]
                ? (Path: $"products/{parent}/variations/batch", Id: variation, t.Level.Available)
                : (Path: "products/batch", Id: t.Ref!, t.Level.Available));

        foreach (var group in targets.GroupBy(t => t.Path))
        {
            foreach (var chunk in group.Chunk(100))
            {
                var update = new JsonArray([.. chunk.Select(t => (JsonNode)new JsonObject
                {
                    ["id"] = long.Parse(t.Id, CultureInfo.InvariantCulture),
                    ["manage_stock"] = true,
                    ["stock_quantity"] = Math.Max(0, t.Available),
                })]);
                await api.PostAsync(group.Key, new JsonObject { ["update"] = update }, ct);
            }
        }
    }
}
