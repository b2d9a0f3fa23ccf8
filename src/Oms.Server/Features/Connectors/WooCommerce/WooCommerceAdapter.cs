using System.Text.Json;
using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>
/// A WooCommerce shop. Inbound: <c>order.created</c> and <c>order.updated</c> webhooks; an order <c>processing</c> or
/// <c>on-hold</c> is captured (a repeat is the same capture, idempotent on the channel order id), <c>cancelled</c> cancels it,
/// any other status (pending payment, completed, refunded, failed) is kept and ignored. Outbound through REST v3
/// (<see cref="WooOutbound"/>). Secrets: <c>webhookSecret</c>, <c>consumerKey</c>, <c>consumerSecret</c>. Settings:
/// <c>baseUrl</c> (the site root); optional <c>products</c> and <c>apiRefund</c>.
/// </summary>
public sealed class WooCommerceAdapter(IHttpClientFactory clients) : IChannelAdapter
{
    public ConnectorKind Kind => ConnectorKind.WooCommerce;

    public IReadOnlyList<string> RequiredSecrets { get; } = ["webhookSecret", "consumerKey", "consumerSecret"];

    public IReadOnlyList<string> RequiredSettings { get; } = ["baseUrl"];

    public InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(webhook);
        return WooWebhook.Read(connector, webhook);
    }

    public ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(message);
        if (message.MessageType is not ("order.created" or "order.updated"))
            return new ChannelInstruction.Ignore($"The OMS does not act on WooCommerce's {message.MessageType} webhook.");

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
            if (order.ValueKind != JsonValueKind.Object) throw new InboundRejectedException(null, "The body is not a WooCommerce order.");
            var status = WooJson.Text(order, "status");
            return status switch
            {
                "processing" or "on-hold" => new ChannelInstruction.Capture(WooOrderReader.Read(order, connector)),
                "cancelled" => new ChannelInstruction.Cancel(
                    WooJson.Id(order, "id") ?? throw new InboundRejectedException("id", "The order has no id."), "WooCommerce status cancelled"),
                _ => new ChannelInstruction.Ignore($"The OMS does not act on WooCommerce orders with status {status ?? "(none)"}."),
            };
        }
    }

    public Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return WooOutbound.ShipAsync(Api(connector), notice, ct);
    }

    public Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return WooOutbound.CancelAsync(Api(connector), notice, ct);
    }

    public Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return WooOutbound.RefundAsync(Api(connector), connector, notice, ct);
    }

    public Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return WooOutbound.PushStockAsync(Api(connector), connector, levels, ct);
    }

    private WooRestApi Api(ConnectorRuntime connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return new WooRestApi(clients.CreateClient("connectors"), connector);
    }
}
