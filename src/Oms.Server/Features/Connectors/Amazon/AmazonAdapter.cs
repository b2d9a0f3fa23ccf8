using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Amazon;

/// <summary>
/// Amazon Selling Partner API for one seller in one marketplace. Orders are polled (<see cref="AmazonPoller"/>), never pushed.
/// Shipments are confirmed with Orders v0 <c>confirmShipment</c> (per package, the order items by OrderItemId); cancellations and
/// refunds go as feeds (<see cref="AmazonFeeds"/>); available-to-sell is set with Listings Items 2021-08-01 PATCH of
/// <c>fulfillment_availability</c> for up to <see cref="PatchLimit"/> SKUs, as one JSON_LISTINGS_FEED for more.
/// Settings: <c>baseUrl</c> (the regional SP-API endpoint), <c>marketplaceId</c>, <c>sellerId</c>; optional <c>tokenUrl</c>,
/// <c>since</c>, <c>maxPages</c>, <c>maxOrders</c>. Secrets: the LWA <c>clientId</c>, <c>clientSecret</c> and <c>refreshToken</c>.
/// </summary>
public sealed class AmazonAdapter(IHttpClientFactory http, TimeProvider clock) : IChannelAdapter
{
    /// <summary>Listings Items allows 5 requests a second (burst 10): more SKUs than this go as one feed.</summary>
    public const int PatchLimit = 10;

    private static readonly string[] Carriers =
        ["UPS", "USPS", "FedEx", "DHL", "DHL eCommerce", "DPD", "GLS", "Hermes", "PostNL", "Royal Mail", "Deutsche Post", "Colissimo",
         "Chronopost", "Poste Italiane", "SEUR", "Correos", "Bpost", "Canada Post", "Australia Post", "Yamato Transport"];

    private readonly AmazonClient client = new(http, clock);

    public ConnectorKind Kind => ConnectorKind.Amazon;

    public IReadOnlyList<string> RequiredSecrets { get; } = ["clientId", "clientSecret", "refreshToken"];

    public IReadOnlyList<string> RequiredSettings { get; } = ["baseUrl", "marketplaceId", "sellerId"];

    public InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook) =>
        throw new NotSupportedException("Amazon orders are polled (getOrders); the connector takes no webhooks.");

    public ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message) =>
        AmazonOrderReader.Read(connector, message.Body);

    public async Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct)
    {
        var items = new JsonArray();
        foreach (var line in notice.Lines)
        {
            items.Add(new JsonObject
            {
                ["orderItemId"] = line.ChannelLineId
                    ?? throw new ChannelCallException($"Line {line.Sku} has no Amazon OrderItemId: Amazon cannot be told it shipped.", retry: false),
                ["quantity"] = line.Quantity,
            });
        }

        var carrier = Carriers.FirstOrDefault(c => string.Equals(c, notice.Carrier, StringComparison.OrdinalIgnoreCase));
        var package = new JsonObject
        {
            ["packageReferenceId"] = PackageReference(notice.Key),
            ["carrierCode"] = carrier ?? "Other",
            ["trackingNumber"] = notice.TrackingNumber,
            ["shipDate"] = notice.ShippedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["orderItems"] = items,
        };
        if (carrier is null) package["carrierName"] = notice.Carrier;
        await client.SendAsync(connector, HttpMethod.Post,
            $"orders/v0/orders/{Uri.EscapeDataString(notice.ChannelOrderId)}/shipmentConfirmation",
            new JsonObject { ["marketplaceId"] = connector.RequiredSetting("marketplaceId"), ["packageDetail"] = package },
            "confirmShipment", ct);
    }

    public Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct) =>
        AmazonFeeds.SubmitAsync(client, connector, "POST_ORDER_ACKNOWLEDGEMENT_DATA",
            AmazonFeeds.Cancellation(connector.RequiredSetting("sellerId"), notice), AmazonFeeds.Xml, ct);

    public Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct) =>
        AmazonFeeds.SubmitAsync(client, connector, "POST_PAYMENT_ADJUSTMENT_DATA",
            AmazonFeeds.Adjustment(connector.RequiredSetting("sellerId"), notice), AmazonFeeds.Xml, ct);

    public async Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        var seller = connector.RequiredSetting("sellerId");
        if (levels.Count > PatchLimit)
        {
            await AmazonFeeds.SubmitAsync(client, connector, "JSON_LISTINGS_FEED", AmazonFeeds.Listings(seller, levels), AmazonFeeds.Json, ct);
            return;
        }

        var marketplace = Uri.EscapeDataString(connector.RequiredSetting("marketplaceId"));
        foreach (var level in levels)
        {
            var answer = await client.SendAsync(connector, HttpMethod.Patch,
                $"listings/2021-08-01/items/{Uri.EscapeDataString(seller)}/{Uri.EscapeDataString(level.ChannelSku)}?marketplaceIds={marketplace}",
                new JsonObject { ["productType"] = "PRODUCT", ["patches"] = new JsonArray(AmazonFeeds.AvailabilityPatch(level.Available)) },
                "patchListingsItem", ct);
            if ((string?)answer?["status"] == "INVALID")
            {
                throw new ChannelCallException($"Amazon refused the quantity of {level.ChannelSku}: "
                    + string.Join("; ", answer?["issues"]?.AsArray().Select(i => (string?)i?["message"]) ?? []), retry: false);
            }
        }
    }

    /// <summary>Amazon wants a positive number that names the package within the order: a stable one from the shipment's key.</summary>
    private static string PackageReference(string key)
    {
        var hash = 2166136261u;
        foreach (var ch in key) hash = (hash ^ ch) * 16777619u;
        return (hash % 999_999_999u + 1u).ToString(CultureInfo.InvariantCulture);
    }
}
