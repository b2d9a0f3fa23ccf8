using System.Text.Json;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// A Shopify shop. Inbound: the <c>orders/create</c> webhook captures the order (<see cref="ShopifyOrderReader"/>),
/// <c>orders/cancelled</c> cancels it; other topics are kept and ignored. Outbound through the Admin REST API
/// (<see cref="ShopifyAdminApi"/>): fulfillments with tracking, cancellations, refunds and inventory levels.
/// Secrets: <c>clientSecret</c> (signs webhooks) and <c>accessToken</c> (Admin API). Settings: <c>baseUrl</c>
/// (<c>https://{shop}.myshopify.com/</c>), <c>shopDomain</c> (checked against <c>X-Shopify-Shop-Domain</c>); optional
/// <c>apiVersion</c> (default 2024-07), <c>inventoryLocationId</c> and <c>inventoryItems</c> (see <see cref="ShopifyInventory"/>).
/// </summary>
public sealed class ShopifyAdapter(IHttpClientFactory clients) : IChannelAdapter
{
    public const string OrdersCreate = "orders/create";
    public const string OrdersCancelled = "orders/cancelled";

    public ConnectorKind Kind => ConnectorKind.Shopify;

    public IReadOnlyList<string> RequiredSecrets { get; } = ["clientSecret", "accessToken"];

    public IReadOnlyList<string> RequiredSettings { get; } = ["baseUrl", "shopDomain"];

    public InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(webhook);
        return ShopifyWebhook.Read(connector, webhook);
    }

    public ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(message);
        if (message.MessageType is not (OrdersCreate or OrdersCancelled))
            return new ChannelInstruction.Ignore($"The OMS does not act on Shopify's {message.MessageType} webhook.");

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(message.Body);
        }
        catch (JsonException e)
        {
            throw new InboundRejectedException(null, $"The body is not JSON: {e.Message}");
        }

        using (doc)
        {
            var order = doc.RootElement;
            if (order.ValueKind != JsonValueKind.Object) throw new InboundRejectedException(null, "The body is not a Shopify order.");
            if (message.MessageType == OrdersCreate) return new ChannelInstruction.Capture(ShopifyOrderReader.Read(order, connector));

            var id = ShopifyJson.Id(order, "id") ?? throw new InboundRejectedException("id", "The order has no id.");
            var reason = ShopifyJson.Text(order, "cancel_reason") is { Length: > 0 } r ? r : "unspecified";
            return new ChannelInstruction.Cancel(id, $"Shopify cancel_reason {reason}");
        }
    }

    public Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ShopifyFulfillments.ConfirmAsync(Api(connector), notice, ct);
    }

    public Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ShopifyReports.CancelAsync(Api(connector), notice, ct);
    }

    public Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return ShopifyReports.RefundAsync(Api(connector), notice, ct);
    }

    public Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return ShopifyInventory.PushAsync(Api(connector), connector, levels, ct);
    }

    private ShopifyAdminApi Api(ConnectorRuntime connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return new ShopifyAdminApi(clients.CreateClient("connectors"), connector);
    }
}
