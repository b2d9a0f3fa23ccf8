using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Carriers.Sendcloud;

/// <summary>
/// Sendcloud's error answers as <see cref="CarrierException"/>s. API v2 answers <c>{"error": {"code", "request",
/// "message"}}</c>; API v3 a list, <c>{"errors": [{"code", "detail", "source": {"pointer"}}]}</c>; a cancellation
/// <c>{"status", "message"}</c>. The carrier's message is kept (it names the field); an unreadable body is not copied.
/// </summary>
internal static class SendcloudErrors
{
    public static CarrierException FromAnswer(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var message = Message(body);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new CarrierException(CarrierErrorKind.RateLimited,
                message ?? "Sendcloud is rate limiting this integration.", status, RetryAfter(response)),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new CarrierException(CarrierErrorKind.Misconfigured,
                $"Sendcloud refused the credentials (HTTP {status}): check Carriers:Sendcloud:PublicKey and SecretKey. {message}".TrimEnd(),
                status),
            >= HttpStatusCode.InternalServerError => new CarrierException(CarrierErrorKind.Unavailable,
                message ?? $"Sendcloud failed with HTTP {status}.", status, RetryAfter(response)),
            _ => new CarrierException(CarrierErrorKind.Rejected, message ?? $"Sendcloud refused the request with HTTP {status}.", status),
        };
    }

    /// <summary><c>Retry-After</c> as seconds or as an HTTP date; null when absent.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Message(string body)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (json is not JsonObject root)
        {
            return null;
        }

        if (root["error"] is JsonObject v2 && Text(v2["message"]) is { } v2Message)
        {
            return v2Message;
        }

        if (root["errors"] is JsonArray v3)
        {
            var parts = v3.OfType<JsonObject>()
                .Select(e => (Text(e["detail"]) ?? Text(e["message"]) ?? Text(e["code"]), Text(e["source"]?["pointer"])))
                .Where(p => p.Item1 is not null)
                .Select(p => p.Item2 is null ? p.Item1! : string.Create(CultureInfo.InvariantCulture, $"{p.Item2}: {p.Item1}"))
                .ToList();
            return parts.Count > 0 ? string.Join("; ", parts) : null;
        }

        return Text(root["message"]);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
