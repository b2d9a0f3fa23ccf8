using System.Globalization;
using System.Text.Json.Nodes;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Cancellations and refunds told to Shopify. A whole order is cancelled with <c>POST orders/{id}/cancel.json</c> (an order
/// Shopify already cancelled counts as done); some lines are taken off with a refund of those line items
/// (<c>restock_type: cancel</c>) and no money, since the money goes back through the refund the OMS reports separately. A
/// refund is <c>POST orders/{id}/refunds.json</c> against the order's sale or capture transaction; its note carries the
/// notice's key, and a refund with that key already on the order is not made again.
/// </summary>
internal static class ShopifyReports
{
    public static async Task CancelAsync(ShopifyAdminApi api, CancellationNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        if (!notice.WholeOrder)
        {
            var refund = new JsonObject
            {
                ["notify"] = false,
                ["note"] = Note(notice.Reason, notice.Key),
                ["refund_line_items"] = LineItems(notice.Lines, "cancel"),
            };
            if (!await AlreadyRefundedAsync(api, orderId, notice.Key, ct))
                await api.PostAsync($"orders/{orderId}/refunds.json", new JsonObject { ["refund"] = refund }, ct);
            return;
        }

        try
        {
            await api.PostAsync($"orders/{orderId}/cancel.json", new JsonObject { ["reason"] = "other", ["email"] = true }, ct);
        }
        catch (ChannelCallException e) when (!e.Retry && e.Message.Contains("already", StringComparison.OrdinalIgnoreCase))
        {
            // A repeat after Shopify had cancelled it (our first answer lost, or cancelled in the admin as well): done.
        }
    }

    public static async Task RefundAsync(ShopifyAdminApi api, RefundNotice notice, CancellationToken ct)
    {
        var orderId = notice.ChannelOrderId;
        if (await AlreadyRefundedAsync(api, orderId, notice.Key, ct)) return;

        var transactions = (await api.GetAsync($"orders/{orderId}/transactions.json", ct))?["transactions"]?.AsArray() ?? [];
        var parent = transactions.FirstOrDefault(t => t?["kind"]?.GetValue<string>() is "sale" or "capture"
            && t["status"]?.GetValue<string>() == "success")
            ?? throw new ChannelCallException($"Shopify order {orderId} has no paid transaction to refund.", retry: false);

        var refund = new JsonObject
        {
            ["currency"] = notice.Currency,
            ["notify"] = true,
            ["note"] = Note(notice.Reason, notice.Key),
            ["refund_line_items"] = LineItems(notice.Lines, "no_restock"),
            ["transactions"] = new JsonArray(new JsonObject
            {
                ["parent_id"] = ShopifyFulfillments.Number(parent["id"]!),
                ["amount"] = notice.Amount.ToString("0.00", CultureInfo.InvariantCulture),
                ["kind"] = "refund",
                ["gateway"] = parent["gateway"]?.GetValue<string>(),
            }),
        };
        await api.PostAsync($"orders/{orderId}/refunds.json", new JsonObject { ["refund"] = refund }, ct);
    }

    private static async Task<bool> AlreadyRefundedAsync(ShopifyAdminApi api, string orderId, string key, CancellationToken ct)
    {
        var refunds = (await api.GetAsync($"orders/{orderId}/refunds.json", ct))?["refunds"]?.AsArray() ?? [];
        return refunds.Any(r => r?["note"]?.GetValue<string>()?.Contains(Tag(key), StringComparison.Ordinal) == true);
    }

    private static JsonArray LineItems(IReadOnlyList<NoticeLine> lines, string restockType) =>
        new([.. lines.Where(l => l.ChannelLineId is not null).Select(l => (JsonNode)new JsonObject
        {
            ["line_item_id"] = ShopifyFulfillments.Number(JsonValue.Create(l.ChannelLineId)!),
            ["quantity"] = l.Quantity,
            ["restock_type"] = restockType,
        })]);

    private static string Note(string reason, string key) => $"{reason} {Tag(key)}";

    private static string Tag(string key) => $"[oms:{key}]";
}
