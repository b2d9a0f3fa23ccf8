using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// A receiver's check of a webhook, written from the text of the Standard Webhooks specification and sharing no code
/// with the OMS or the StandardWebhooks library: the secret is base64 after an optional <c>whsec_</c> prefix; the signed
/// content is <c>{webhook-id}.{webhook-timestamp}.{body}</c> over the body's raw bytes; the signature is HMAC-SHA256
/// with the decoded key, base64; <c>webhook-signature</c> is a space-delimited list of <c>{version},{signature}</c> of
/// which one <c>v1</c> entry must match (compared in constant time); the timestamp is integer Unix seconds within a
/// tolerance of the receiver's clock.
/// </summary>
public static class StandardWebhooksSpec
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <returns>Null when the webhook verifies, otherwise why not.</returns>
    public static string? Problem(string secret, ReceivedWebhook webhook, DateTimeOffset receiverNow)
    {
        var id = webhook.Header("webhook-id");
        var timestamp = webhook.Header("webhook-timestamp");
        var signatures = webhook.Header("webhook-signature");
        if (id.Length == 0 || timestamp.Length == 0 || signatures.Length == 0)
            return "a webhook-id, webhook-timestamp or webhook-signature header is missing";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return $"timestamp '{timestamp}' is not Unix seconds";
        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((sent - receiverNow).Duration() > Tolerance) return $"timestamp {sent:u} is too far from {receiverNow:u}";

        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
        var content = new List<byte>();
        content.AddRange(Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
        content.AddRange(webhook.Body);
        var expected = Encoding.ASCII.GetBytes(Convert.ToBase64String(HMACSHA256.HashData(key, content.ToArray())));

        foreach (var entry in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || entry[..comma] != "v1") continue;
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry[(comma + 1)..]), expected)) return null;
        }
        return "no v1 signature matches";
    }
}
