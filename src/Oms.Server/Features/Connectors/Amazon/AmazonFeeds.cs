using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// Feeds API 2021-06-30 submissions: create a feed document, upload its content to the pre-signed address, create the feed.
/// Cancellations go as <c>POST_ORDER_ACKNOWLEDGEMENT_DATA</c> (StatusCode Failure: the seller cannot fulfil; whole order
/// without items, else the items with a CancelReason), refunds as <c>POST_PAYMENT_ADJUSTMENT_DATA</c> (per item, Principal),
/// larger available-to-sell batches as <c>JSON_LISTINGS_FEED</c> PATCH messages of <c>fulfillment_availability</c>.
/// </summary>
internal static class AmazonFeeds
{
    public const string Xml = "text/xml; charset=UTF-8";
    public const string Json = "application/json; charset=UTF-8";

    public static async Task<string> SubmitAsync(AmazonClient client, ConnectorRuntime c, string feedType, string content, string contentType,
        CancellationToken ct)
    {
        var document = await client.SendAsync(c, HttpMethod.Post, "feeds/2021-06-30/documents",
            new JsonObject { ["contentType"] = contentType }, "createFeedDocument", ct);
        var url = (string?)document?["url"] ?? throw new ChannelCallException("Amazon createFeedDocument answered no url.", retry: true);
        await client.UploadAsync(new Uri(url), content, contentType, ct);
        var feed = await client.SendAsync(c, HttpMethod.Post, "feeds/2021-06-30/feeds", new JsonObject
        {
            ["feedType"] = feedType,
            ["marketplaceIds"] = new JsonArray(c.RequiredSetting("marketplaceId")),
            ["inputFeedDocumentId"] = (string?)document?["feedDocumentId"],
        }, "createFeed", ct);
        return (string?)feed?["feedId"] ?? throw new ChannelCallException("Amazon createFeed answered no feedId.", retry: true);
    }

    public static string Cancellation(string sellerId, CancellationNotice notice)
    {
        var reason = notice.Reason.Contains("customer", StringComparison.OrdinalIgnoreCase) ? "BuyerCanceled" : "NoInventory";
        var ack = new XElement("OrderAcknowledgement",
            new XElement("AmazonOrderID", notice.ChannelOrderId),
            new XElement("StatusCode", "Failure"));
        if (!notice.WholeOrder)
        {
            foreach (var line in notice.Lines)
            {
                ack.Add(new XElement("Item", new XElement("AmazonOrderItemCode", ItemCode(line)), new XElement("CancelReason", reason)));
            }
        }

        return Envelope(sellerId, "OrderAcknowledgement", ack);
    }

    /// <summary>Spreads the refund over the notice's items by quantity (the last takes the rounding).</summary>
    public static string Adjustment(string sellerId, RefundNotice notice)
    {
        if (notice.Lines.Count == 0)
            throw new ChannelCallException("Amazon adjusts payments per order item: a refund that names no line cannot be reported.", retry: false);
        var adjustment = new XElement("OrderAdjustment", new XElement("AmazonOrderID", notice.ChannelOrderId));
        var units = notice.Lines.Sum(l => l.Quantity);
        var left = notice.Amount;
        for (var i = 0; i < notice.Lines.Count; i++)
        {
            var line = notice.Lines[i];
            var amount = i == notice.Lines.Count - 1 ? left : Math.Round(notice.Amount * line.Quantity / units, 2);
            left -= amount;
            adjustment.Add(new XElement("AdjustedItem",
                new XElement("AmazonOrderItemCode", ItemCode(line)),
                new XElement("AdjustmentReason", "CustomerReturn"),
                new XElement("ItemPriceAdjustments", new XElement("Component",
                    new XElement("Type", "Principal"),
                    new XElement("Amount", new XAttribute("currency", notice.Currency), amount.ToString("0.00", CultureInfo.InvariantCulture))))));
        }

        return Envelope(sellerId, "OrderAdjustment", adjustment);
    }

    public static string Listings(string sellerId, IReadOnlyList<SkuAvailability> levels)
    {
        var messages = new JsonArray();
        var id = 1;
        foreach (var level in levels)
        {
            messages.Add(new JsonObject
            {
                ["messageId"] = id++,
                ["sku"] = level.ChannelSku,
                ["operationType"] = "PATCH",
                ["productType"] = "PRODUCT",
                ["patches"] = new JsonArray(AvailabilityPatch(level.Available)),
            });
        }

        return new JsonObject
        {
            ["header"] = new JsonObject { ["sellerId"] = sellerId, ["version"] = "2.0", ["issueLocale"] = "en_US" },
            ["messages"] = messages,
        }.ToJsonString();
    }

    /// <summary>The Listings Items PATCH that sets the seller-fulfilled quantity (channel code DEFAULT).</summary>
    public static JsonObject AvailabilityPatch(int available) => new()
    {
        ["op"] = "replace",
        ["path"] = "/attributes/fulfillment_availability",
        ["value"] = new JsonArray(new JsonObject { ["fulfillment_channel_code"] = "DEFAULT", ["quantity"] = Math.Max(0, available) }),
    };

    private static string ItemCode(NoticeLine line) => line.ChannelLineId
        ?? throw new ChannelCallException($"Line {line.Sku} has no Amazon OrderItemId: Amazon cannot be told about it.", retry: false);

    private static string Envelope(string sellerId, string messageType, XElement body)
    {
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var envelope = new XElement("AmazonEnvelope",
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XAttribute(xsi + "noNamespaceSchemaLocation", "amzn-envelope.xsd"),
            new XElement("Header", new XElement("DocumentVersion", "1.01"), new XElement("MerchantIdentifier", sellerId)),
            new XElement("MessageType", messageType),
            new XElement("Message", new XElement("MessageID", 1), body));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), envelope).Declaration + Environment.NewLine + envelope;
    }
}
