using System.Text.Json.Nodes;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Bol;

/// <summary>
/// bol.com Retailer API v10 for one retailer. Orders are polled (<see cref="BolPoller"/>). Shipments:
/// <c>PUT /retailer/orders/shipment</c> with the order items and transport (bol's transporter code and the track-and-trace),
/// answered 202 with a process status. Cancellations: <c>PUT /retailer/orders/cancellation</c> per order item with a reason
/// code (REQUESTED_BY_CUSTOMER when the reason names the customer, else OUT_OF_STOCK). Refunds: bol refunds the customer
/// itself (returns are handled in bol's returns flow); the Retailer API has no refund call, so a refund notice has nothing
/// to send. Available-to-sell: <c>PUT /retailer/offers/{offerId}/stock</c> {amount, managedByRetailer}; the offer id of a
/// SKU comes from the <c>offerIds</c> setting (channel SKU → bol offer id). Settings: optional <c>baseUrl</c>,
/// <c>tokenUrl</c>, <c>vatRate</c>, <c>maxPages</c>, <c>offerIds</c>. Secrets: the API <c>clientId</c> and <c>clientSecret</c>.
/// </summary>
public sealed class BolAdapter(IHttpClientFactory http, TimeProvider clock) : IChannelAdapter
{
    /// <summary>OMS carrier names to bol's transporter codes; any other carrier goes as OTHER.</summary>
    private static readonly Dictionary<string, string> Transporters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PostNL"] = "TNT", ["TNT"] = "TNT", ["DHL"] = "DHL", ["DHL Parcel"] = "DHL", ["DHLForYou"] = "DHLFORYOU", ["DPD"] = "DPD-NL",
        ["DPD-NL"] = "DPD-NL", ["DPD-BE"] = "DPD-BE", ["GLS"] = "GLS", ["UPS"] = "UPS", ["bpost"] = "BPOST_BE", ["FedEx"] = "FEDEX_NL",
        ["Budbee"] = "BUDBEE", ["Trunkrs"] = "TRUNKRS",
    };

    private readonly BolClient client = new(http, clock);

    public ConnectorKind Kind => ConnectorKind.Bol;

    public IReadOnlyList<string> RequiredSecrets { get; } = ["clientId", "clientSecret"];

    public IReadOnlyList<string> RequiredSettings { get; } = [];

    public InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook) =>
        throw new NotSupportedException("bol.com orders are polled (GET /retailer/orders); the connector takes no webhooks.");

    public ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message) => BolOrderReader.Read(connector, message.Body);

    public async Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct)
    {
        var items = new JsonArray();
        foreach (var line in notice.Lines) items.Add(new JsonObject { ["orderItemId"] = ItemId(line), ["quantity"] = line.Quantity });
        var body = new JsonObject
        {
            ["orderItems"] = items,
            ["shipmentReference"] = notice.OrderNumber,
            ["transport"] = new JsonObject
            {
                ["transporterCode"] = Transporters.GetValueOrDefault(notice.Carrier, "OTHER"),
                ["trackAndTrace"] = notice.TrackingNumber,
            },
        };
        await client.SendAsync(connector, HttpMethod.Put, "retailer/orders/shipment", body, "shipOrderItem", ct);
    }

    /// <summary>bol.com expects the retailer to confirm the cancellation requests its customers make.</summary>
    public bool ConfirmsChannelCancellations => true;

    public async Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct)
    {
        // A cancellation the customer asked for at bol.com is confirmed as such; one the OMS made is reported as out of stock.
        var reason = ChannelCancellation.CameFromChannel(notice.Reason) || notice.Reason.Contains("customer", StringComparison.OrdinalIgnoreCase)
            ? "REQUESTED_BY_CUSTOMER" : "OUT_OF_STOCK";
        var items = new JsonArray();
        foreach (var line in notice.Lines) items.Add(new JsonObject { ["orderItemId"] = ItemId(line), ["reasonCode"] = reason });
        await client.SendAsync(connector, HttpMethod.Put, "retailer/orders/cancellation", new JsonObject { ["orderItems"] = items },
            "cancelOrderItem", ct);
    }

    public Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct) => Task.CompletedTask;

    public async Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        var offers = connector.Settings["offerIds"] as JsonObject;
        var missing = new List<string>();
        foreach (var level in levels)
        {
            if (offers?[level.ChannelSku]?.ToString() is not { Length: > 0 } offerId)
            {
                missing.Add(level.ChannelSku);
                continue;
            }

            await client.SendAsync(connector, HttpMethod.Put, $"retailer/offers/{Uri.EscapeDataString(offerId)}/stock",
                new JsonObject { ["amount"] = Math.Clamp(level.Available, 0, 999), ["managedByRetailer"] = true }, "updateOfferStock", ct);
        }

        if (missing.Count > 0)
        {
            throw new ChannelCallException($"No bol.com offer id in the offerIds setting for {string.Join(", ", missing)}: their stock was not sent.",
                retry: false);
        }
    }

    private static string ItemId(NoticeLine line) => line.ChannelLineId
        ?? throw new ChannelCallException($"Line {line.Sku} has no bol.com orderItemId: bol cannot be told about it.", retry: false);
}
