using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oms.Carriers.Sendcloud;

/// <summary>
/// Sendcloud's webhooks: the <c>Sendcloud-Signature</c> header is the lower-case hex HMAC-SHA256 of the exact body,
/// keyed with the integration's secret (or webhook signature) key. A <c>parcel_status_changed</c> webhook carries the
/// whole parcel, its <c>status</c> among it; other actions carry no tracking and are acknowledged as null.
/// </summary>
public static class SendcloudWebhook
{
    public const string SignatureHeader = "Sendcloud-Signature";
    public const string ParcelStatusChanged = "parcel_status_changed";

    /// <summary>The signature Sendcloud sends for <paramref name="body"/> (lower-case hex).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>True when <paramref name="signature"/> is the body's signature under <paramref name="secret"/>, compared in
    /// constant time; hex case does not matter.</summary>
    public static bool IsSigned(ReadOnlySpan<byte> body, string? signature, string secret)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrEmpty(secret) || signature.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Verifies and reads a webhook; see <see cref="ICarrierAdapter.ParseTrackingEvent"/>.</summary>
    public static TrackingEvent? Parse(CarrierWebhook webhook, string secret)
    {
        if (!IsSigned(webhook.Body.Span, webhook.Header(SignatureHeader), secret))
        {
            throw new CarrierWebhookException($"The {SignatureHeader} header is missing or does not match the body.") { SignatureFailed = true };
        }

        try
        {
            return Read(JsonNode.Parse(webhook.Body.Span) as JsonObject ?? throw new JsonException("not an object"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new CarrierWebhookException("The webhook is signed but is not a Sendcloud parcel webhook: " + e.Message, e);
        }
    }

    private static TrackingEvent? Read(JsonObject root)
    {
        if (root["action"]?.GetValue<string>() != ParcelStatusChanged)
        {
            return null;
        }

        var parcel = root["parcel"] as JsonObject ?? throw new JsonException("parcel is missing");
        var status = parcel["status"] as JsonObject ?? throw new JsonException("parcel.status is missing");
        var statusId = Number(status["id"]) ?? throw new JsonException("parcel.status.id is missing");
        var parcelId = Scalar(parcel["id"]) ?? throw new JsonException("parcel.id is missing");
        var tracking = parcel["tracking_number"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(tracking))
        {
            throw new JsonException("parcel.tracking_number is missing");
        }

        // The carrier's own time of the status when Sendcloud has it, else when Sendcloud recorded the change. The
        // same update delivered again carries the same timestamps, so the event id repeats with it.
        var stamp = Number(root["carrier_status_change_timestamp"]) ?? Number(root["timestamp"])
            ?? throw new JsonException("timestamp is missing");
        var servicePoint = Scalar(parcel["to_service_point"]);
        return new TrackingEvent(
            EventId: string.Create(CultureInfo.InvariantCulture, $"sendcloud:{parcelId}:{statusId}:{stamp}"),
            TrackingNumber: tracking,
            Status: statusId is >= int.MinValue and <= int.MaxValue ? SendcloudStatuses.Normalise((int)statusId) : TrackingStatus.Other,
            CarrierStatusCode: statusId.ToString(CultureInfo.InvariantCulture),
            CarrierStatusText: status["message"]?.GetValue<string>() ?? "",
            OccurredAtUtc: FromUnix(stamp),
            Location: servicePoint is null ? null : $"Service point {servicePoint}",
            CarrierShipmentId: parcelId,
            IsReturn: parcel["is_return"] is JsonValue r && r.TryGetValue<bool>(out var isReturn) && isReturn);
    }

    /// <summary>Sendcloud's timestamps are Unix time; milliseconds in practice, seconds in some examples: a value past
    /// the year 5138 in seconds is read as milliseconds.</summary>
    private static DateTime FromUnix(long stamp) =>
        (stamp > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(stamp) : DateTimeOffset.FromUnixTimeSeconds(stamp)).UtcDateTime;

    private static long? Number(JsonNode? node) => node is JsonValue v
        ? v.TryGetValue<long>(out var l) ? l : v.TryGetValue<double>(out var d) ? (long)d : null
        : null;

    private static string? Scalar(JsonNode? node) => node is JsonValue v
        ? v.TryGetValue<long>(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null
        : null;
}
