using Oms.Domain.Connectors;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors;

/// <summary>
/// One channel system's formats (a thread-safe singleton registered for its <see cref="Kind"/>). Inbound, it verifies and
/// reads that channel's messages; outbound, it reports shipments, cancellations and refunds and pushes available-to-sell in
/// that channel's own API. Calls that reach the channel throw <see cref="ChannelCallException"/> on failure (the outbox
/// retries them); a notice the channel cannot take at all (an order it never had) throws it with <c>Retry: false</c>.
/// </summary>
public interface IChannelAdapter
{
    ConnectorKind Kind { get; }

    /// <summary>The secrets this kind needs (<c>webhookSecret</c>, <c>clientId</c>…); a connector without them is refused.</summary>
    IReadOnlyList<string> RequiredSecrets { get; }

    /// <summary>The settings this kind needs (<c>baseUrl</c>, <c>marketplaceId</c>…).</summary>
    IReadOnlyList<string> RequiredSettings { get; }

    /// <summary>
    /// Verifies a pushed message (a webhook) and makes the envelope to store. Throws <see cref="WebhookRefusedException"/>
    /// for a missing or wrong signature (401, nothing kept). A channel that does not push throws NotSupportedException.
    /// </summary>
    InboundEnvelope ReadWebhook(ConnectorRuntime connector, ChannelWebhook webhook);

    /// <summary>Reads a stored message into what the OMS should do; throws <see cref="InboundRejectedException"/> naming the field.</summary>
    ChannelInstruction Interpret(ConnectorRuntime connector, InboundMessage message);

    /// <summary>
    /// Whether the channel wants a cancellation it asked for confirmed (bol.com's cancellation requests); otherwise such a
    /// cancellation is not reported back to the channel it came from.
    /// </summary>
    bool ConfirmsChannelCancellations => false;

    Task ConfirmShipmentAsync(ConnectorRuntime connector, ShipmentNotice notice, CancellationToken ct);

    Task ReportCancellationAsync(ConnectorRuntime connector, CancellationNotice notice, CancellationToken ct);

    Task ReportRefundAsync(ConnectorRuntime connector, RefundNotice notice, CancellationToken ct);

    /// <summary>Sets the channel's sellable quantity of each SKU (absolute numbers, so a repeat does no harm).</summary>
    Task PushAvailabilityAsync(ConnectorRuntime connector, IReadOnlyList<SkuAvailability> levels, CancellationToken ct);
}
