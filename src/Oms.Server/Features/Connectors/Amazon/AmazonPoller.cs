using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// Polls SP-API getOrders (<c>LastUpdatedAfter</c>, then <c>NextToken</c> pages) and, for the orders the OMS acts on
/// (seller-fulfilled, Unshipped or PartiallyShipped), getOrderItems with its own NextToken pages; one message per order
/// (<c>{"Order", "OrderItems"}</c> as Amazon answered them) with the dedup key AmazonOrderId + LastUpdateDate. It keeps inside
/// the documented burst (getOrders 20, getOrderItems 30) by reading at most <c>maxPages</c> pages (default 3) and
/// <c>maxOrders</c> orders' items (default 20) per poll and answering <see cref="PollBatch.More"/>. A 429, 5xx or network
/// failure part-way answers what is complete with the cursor still at the failed page (its orders come again and are
/// recognised as duplicates); a failure before anything was read throws, with the wait Amazon asked for.
/// </summary>
public sealed class AmazonPoller(IHttpClientFactory http, TimeProvider clock) : IOrderPoller
{
    private readonly AmazonClient client = new(http, clock);

    public ConnectorKind Kind => ConnectorKind.Amazon;

    public async Task<PollBatch> PollAsync(ConnectorRuntime connector, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cursor = AmazonCursor.Parse(connector.Cursor) ?? new AmazonCursor(Since(connector, now), null, null);
        var maxPages = Limit(connector, "maxPages", 3);
        var itemBudget = Limit(connector, "maxOrders", 20);
        var messages = new List<InboundEnvelope>();
        for (var pages = 0; pages < maxPages; pages++)
        {
            List<InboundEnvelope> page;
            JsonNode payload;
            try
            {
                payload = await GetOrdersAsync(connector, cursor, ct);
                (page, itemBudget) = await ReadPageAsync(connector, payload, itemBudget, ct);
            }
            catch (ChannelCallException) when (messages.Count > 0)
            {
                return new PollBatch(messages, cursor.Serialize(), More: true);
            }

            if (itemBudget < 0) return new PollBatch([.. messages, .. page], cursor.Serialize(), More: true);
            messages.AddRange(page);
            var upTo = cursor.UpTo ?? Time((string?)payload["LastUpdatedBefore"]);
            var next = (string?)payload["NextToken"];
            if (string.IsNullOrEmpty(next))
            {
                var after = upTo ?? page.Select(m => Time(m.Headers?["lastUpdateDate"])).Max() ?? cursor.After;
                return new PollBatch(messages, new AmazonCursor(after, null, null).Serialize(), More: false);
            }

            cursor = cursor with { Token = next, UpTo = upTo };
        }

        return new PollBatch(messages, cursor.Serialize(), More: true);
    }

    private async Task<JsonNode> GetOrdersAsync(ConnectorRuntime c, AmazonCursor cursor, CancellationToken ct)
    {
        var marketplace = Uri.EscapeDataString(c.RequiredSetting("marketplaceId"));
        var query = cursor.Token is null
            ? $"LastUpdatedAfter={Uri.EscapeDataString(cursor.After.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))}"
            : $"NextToken={Uri.EscapeDataString(cursor.Token)}";
        var answer = await client.SendAsync(c, HttpMethod.Get, $"orders/v0/orders?MarketplaceIds={marketplace}&{query}", null, "getOrders", ct);
        return answer?["payload"] ?? throw new ChannelCallException("Amazon getOrders answered no payload.", retry: true);
    }

    /// <summary>The page's messages; a budget below 0 means it ran out part-way and the page must be read again.</summary>
    private async Task<(List<InboundEnvelope>, int)> ReadPageAsync(ConnectorRuntime c, JsonNode payload, int budget, CancellationToken ct)
    {
        var messages = new List<InboundEnvelope>();
        foreach (var order in payload["Orders"]?.AsArray() ?? [])
        {
            if (order is null) continue;
            var id = (string?)order["AmazonOrderId"] ?? throw new ChannelCallException("Amazon getOrders answered an order without AmazonOrderId.", retry: false);
            var items = new JsonArray();
            if (NeedsItems(order))
            {
                if (budget-- <= 0) return (messages, -1);
                items = await GetItemsAsync(c, id, ct);
            }

            var updated = (string?)order["LastUpdateDate"] ?? "";
            var body = new JsonObject { ["Order"] = order.DeepClone(), ["OrderItems"] = items };
            messages.Add(new InboundEnvelope(c.Code, c.Id, "getOrders." + ((string?)order["OrderStatus"] ?? "Unknown"), $"{id}@{updated}",
                "application/json", body.ToJsonString(), new Dictionary<string, string> { ["amazonOrderId"] = id, ["lastUpdateDate"] = updated }));
        }

        return (messages, budget);
    }

    private async Task<JsonArray> GetItemsAsync(ConnectorRuntime c, string orderId, CancellationToken ct)
    {
        var items = new JsonArray();
        string? token = null;
        do
        {
            var path = $"orders/v0/orders/{Uri.EscapeDataString(orderId)}/orderItems" + (token is null ? "" : $"?NextToken={Uri.EscapeDataString(token)}");
            var payload = (await client.SendAsync(c, HttpMethod.Get, path, null, "getOrderItems", ct))?["payload"];
            foreach (var item in payload?["OrderItems"]?.AsArray() ?? []) items.Add(item?.DeepClone());
            token = (string?)payload?["NextToken"];
        }
        while (!string.IsNullOrEmpty(token));
        return items;
    }

    private static bool NeedsItems(JsonNode order) =>
        (string?)order["FulfillmentChannel"] != "AFN" && (string?)order["OrderStatus"] is "Unshipped" or "PartiallyShipped";

    private static DateTime Since(ConnectorRuntime c, DateTime now) =>
        Time(c.Setting("since")) ?? now.AddDays(-1);

    private static int Limit(ConnectorRuntime c, string name, int fallback) =>
        int.TryParse(c.Settings[name]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

    private static DateTime? Time(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? t : null;
}
