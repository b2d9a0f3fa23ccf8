using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>
/// WooCommerce's webhook delivery: <c>X-WC-Webhook-Signature</c> is the base64 HMAC-SHA256 of the body keyed with the
/// webhook's secret, <c>X-WC-Webhook-Topic</c> the topic (<c>order.created</c>). WooCommerce makes a new
/// <c>X-WC-Webhook-Delivery-ID</c> for every delivery, a retry included, so it cannot recognise a repeat; the dedup key is
/// the order's id, status and <c>date_modified_gmt</c> instead, the same whenever the same state of the order comes again.
/// The ping WooCommerce sends when a webhook is saved (<c>webhook_id=N</c>, form-encoded, unsigned) is accepted and ignored.
/// </summary>
internal static partial class WooWebhook
{
    public const string Signature = "X-WC-Webhook-Signature";
    public const string Topic = "X-WC-Webhook-Topic";
    public const string Ping = "ping";

    private static readonly string[] Kept = [Topic, "X-WC-Webhook-Resource", "X-WC-Webhook-Event", "X-WC-Webhook-ID",
        "X-WC-Webhook-Delivery-ID", "X-WC-Webhook-Source"];

    public static InboundEnvelope Read(ConnectorRuntime connector, ChannelWebhook webhook)
    {
        var body = Encoding.UTF8.GetString(webhook.Body.Span);
        var signature = Header(webhook, Signature);
        if (signature is null && PingBody().Match(body) is { Success: true } ping)
            return new InboundEnvelope(connector.Code, connector.Id, Ping, $"ping:{ping.Groups[1].Value}", "application/x-www-form-urlencoded", body);
        if (signature is null) throw new WebhookRefusedException($"No {Signature} header.");

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(connector.Secret("webhookSecret")), webhook.Body.Span);
        var given = new byte[expected.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), given, out var written) || written != expected.Length
            || !CryptographicOperations.FixedTimeEquals(expected, given))
            throw new WebhookRefusedException($"{Signature} does not match the body.");
        var topic = Header(webhook, Topic) ?? throw new WebhookRefusedException($"No {Topic} header.");

        var headers = Kept.Select(h => (h, v: Header(webhook, h))).Where(p => p.v is not null).ToDictionary(p => p.h, p => p.v!);
        return new InboundEnvelope(connector.Code, connector.Id, topic, Key(topic, body), "application/json", body, headers);
    }

    private static string Key(string topic, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var o = doc.RootElement;
            return $"order:{WooJson.Id(o, "id")}:{WooJson.Text(o, "status")}:{WooJson.Text(o, "date_modified_gmt") ?? WooJson.Text(o, "date_modified")}";
        }
        catch (JsonException)
        {
            return $"{topic}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}";
        }
    }

    private static string? Header(ChannelWebhook webhook, string name) =>
        webhook.Header(name) ?? webhook.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    [GeneratedRegex("^webhook_id=([0-9]{1,20})$")]
    private static partial Regex PingBody();
}
