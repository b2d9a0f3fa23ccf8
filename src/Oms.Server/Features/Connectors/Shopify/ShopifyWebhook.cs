using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Shopify's webhook delivery: <c>X-Shopify-Hmac-Sha256</c> is the base64 HMAC-SHA256 of the raw body keyed with the app's
/// client secret; <c>X-Shopify-Topic</c> names the event, <c>X-Shopify-Shop-Domain</c> the shop, and
/// <c>X-Shopify-Webhook-Id</c> stays the same when Shopify delivers the same webhook again, so it is the dedup key.
/// </summary>
internal static class ShopifyWebhook
{
    public const string Hmac = "X-Shopify-Hmac-Sha256";
    public const string Topic = "X-Shopify-Topic";
    public const string ShopDomain = "X-Shopify-Shop-Domain";
    public const string WebhookId = "X-Shopify-Webhook-Id";
    public const string EventId = "X-Shopify-Event-Id";

    private static readonly string[] Kept = [Topic, ShopDomain, WebhookId, EventId, "X-Shopify-Api-Version", "X-Shopify-Triggered-At"];

    public static InboundEnvelope Read(ConnectorRuntime connector, ChannelWebhook webhook)
    {
        var signature = Header(webhook, Hmac) ?? throw new WebhookRefusedException($"No {Hmac} header.");
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(connector.Secret("clientSecret")), webhook.Body.Span);
        var given = new byte[expected.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), given, out var written) || written != expected.Length
            || !CryptographicOperations.FixedTimeEquals(expected, given))
            throw new WebhookRefusedException($"{Hmac} does not match the body.");

        var shop = connector.Setting("shopDomain");
        if (shop is not null && !string.Equals(Header(webhook, ShopDomain), shop, StringComparison.OrdinalIgnoreCase))
            throw new WebhookRefusedException($"The webhook is not from shop {shop}.");
        var topic = Header(webhook, Topic) ?? throw new WebhookRefusedException($"No {Topic} header.");

        var body = Encoding.UTF8.GetString(webhook.Body.Span);
        var headers = Kept.Select(h => (h, v: Header(webhook, h))).Where(p => p.v is not null).ToDictionary(p => p.h, p => p.v!);
        return new InboundEnvelope(connector.Code, connector.Id, topic, Header(webhook, WebhookId) ?? FallbackKey(topic, body),
            "application/json", body, headers);
    }

    public static string? Header(ChannelWebhook webhook, string name) =>
        webhook.Header(name) ?? webhook.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Without a webhook id: the topic, the order id and its <c>updated_at</c>, the same for the same state.</summary>
    private static string FallbackKey(string topic, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return $"{topic}:{ShopifyJson.Id(doc.RootElement, "id")}:{ShopifyJson.Text(doc.RootElement, "updated_at")}";
        }
        catch (JsonException)
        {
            return $"{topic}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}";
        }
    }
}
