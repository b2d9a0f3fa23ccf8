using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Oms.Carriers.Sendcloud;

/// <summary>
/// Sendcloud, a shipping platform over many carriers, through its public REST API: labels are v2 parcels created
/// with <c>request_label: true</c> (a return label is a parcel with <c>is_return: true</c>), the label PDF comes from
/// <c>GET v2/labels/label_printer/{id}</c>, a label is cancelled with <c>POST v2/parcels/{id}/cancel</c>, collections
/// are v3 pickups (<c>POST v3/pickups</c>, <c>POST v3/pickups/{id}/cancel</c>), and tracking arrives as signed
/// <c>parcel_status_changed</c> webhooks (<see cref="SendcloudWebhook"/>).
/// </summary>
public sealed class SendcloudCarrierAdapter : ICarrierAdapter, IDisposable
{
    public const string AdapterName = "sendcloud";

    private readonly SendcloudOptions options;
    private readonly SendcloudHttp? http;

    public SendcloudCarrierAdapter(IOptions<SendcloudOptions> options)
    {
        this.options = options.Value;
        if (!string.IsNullOrWhiteSpace(this.options.PublicKey) && !string.IsNullOrWhiteSpace(this.options.SecretKey))
        {
            http = new SendcloudHttp(this.options);
        }
    }

    public string Name => AdapterName;

    public void Dispose() => http?.Dispose();

    public async Task<CreatedLabel> CreateLabelAsync(LabelRequest request, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Reference);
        request.Parcel?.Validate();
        var method = ShippingMethod(request);
        var client = Client();

        var (_, answer) = await client.SendAsync(HttpMethod.Post, "v2/parcels", SendcloudRequests.Parcel(request, method), ct);
        var parcel = answer["parcel"] as JsonObject ?? throw Unreadable("parcel");
        var id = Id(parcel["id"]) ?? throw Unreadable("parcel.id");
        var tracking = Text(parcel["tracking_number"]);
        if (tracking is null)
        {
            // Created but not announced (Sendcloud: status "Announcement failed"): the carrier refused the label.
            var why = Text(parcel["status"]?["message"]) ?? "no tracking number";
            throw new CarrierException(CarrierErrorKind.Rejected, $"Sendcloud created parcel {id} but the carrier did not announce it: {why}.");
        }

        var labelUrl = Url(parcel["label"]?["label_printer"]);
        var content = options.DownloadLabels
            ? await client.GetBytesAsync($"v2/labels/label_printer/{id}", "application/pdf", ct)
            : null;
        return new CreatedLabel(
            tracking,
            Url(parcel["tracking_url"]),
            id,
            Text(parcel["carrier"]?["code"]) ?? "",
            Text(parcel["shipment"]?["name"]) ?? method.ToString(CultureInfo.InvariantCulture),
            new CarrierLabel(LabelFormat.Pdf, content, labelUrl));
    }

    public async Task<LabelCancellation> CancelLabelAsync(string carrierShipmentId, CancellationToken ct)
    {
        var id = Path(carrierShipmentId);
        var (status, _) = await Client().SendAsync(HttpMethod.Post, $"v2/parcels/{id}/cancel", null, ct);
        // 200: cancelled (or deleted, for a parcel never announced); 202: queued with the carrier.
        return status == HttpStatusCode.Accepted ? LabelCancellation.Requested : LabelCancellation.Cancelled;
    }

    public async Task<CollectionConfirmation> RequestCollectionAsync(CollectionRequest request, CancellationToken ct)
    {
        request.Validate();
        if (string.IsNullOrWhiteSpace(options.CollectionCarrier))
        {
            throw new CarrierException(CarrierErrorKind.Misconfigured,
                "No carrier collects returns: set Carriers:Sendcloud:CollectionCarrier (a pickup carrier_code).");
        }

        var client = Client();
        var body = SendcloudRequests.Pickup(request, options.CollectionCarrier, options.CollectionContract);
        var (_, answer) = await client.SendAsync(HttpMethod.Post, "v3/pickups", body, ct);
        return Collection(answer["data"] as JsonObject ?? throw Unreadable("data"), request);
    }

    public async Task<CollectionCancellation> CancelCollectionAsync(string collectionId, CancellationToken ct)
    {
        var id = Path(collectionId);
        var (status, _) = await Client().SendAsync(HttpMethod.Post, $"v3/pickups/{id}/cancel", null, ct);
        // 200: the carrier confirmed (CANCELLED); 202: Sendcloud's support cancels it (CANCELLATION_REQUESTED).
        // A pickup that cannot be cancelled any more answers 409, thrown as Rejected.
        return status == HttpStatusCode.Accepted ? CollectionCancellation.Requested : CollectionCancellation.Cancelled;
    }

    public TrackingEvent? ParseTrackingEvent(CarrierWebhook webhook)
    {
        if (string.IsNullOrEmpty(options.SigningKey))
        {
            // Without a key no webhook can be told from a forgery: refuse them all rather than accept any.
            throw new CarrierWebhookException("Sendcloud webhooks cannot be verified: set Carriers:Sendcloud:WebhookSecret or SecretKey.")
            {
                SignatureFailed = true,
            };
        }

        return SendcloudWebhook.Parse(webhook, options.SigningKey);
    }

    private static CollectionConfirmation Collection(JsonObject pickup, CollectionRequest asked)
    {
        var id = Id(pickup["id"]) ?? throw Unreadable("data.id");
        var slot = (pickup["time_slots"] as JsonArray)?.FirstOrDefault() as JsonObject;
        return new CollectionConfirmation(
            id,
            Time(slot?["start_at"]) ?? asked.WindowStartUtc,
            Time(slot?["end_at"]) ?? asked.WindowEndUtc,
            Text(pickup["status"]) ?? "");
    }

    private int ShippingMethod(LabelRequest request)
    {
        if (request.Service is { } service)
        {
            return int.TryParse(service, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new ArgumentException($"'{service}' is not a Sendcloud shipping method id.", nameof(request));
        }

        var configured = request.Direction == ShipmentDirection.Return ? options.ReturnShippingMethodId : options.OutboundShippingMethodId;
        return configured ?? throw new CarrierException(CarrierErrorKind.Misconfigured, request.Direction == ShipmentDirection.Return
            ? "No return shipping method: set Carriers:Sendcloud:ReturnShippingMethodId or name a service."
            : "No outbound shipping method: set Carriers:Sendcloud:OutboundShippingMethodId or name a service.");
    }

    private SendcloudHttp Client() => http ?? throw new CarrierException(CarrierErrorKind.Misconfigured,
        "Sendcloud is not configured: set Carriers:Sendcloud:PublicKey and SecretKey.");

    private static string Path(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentException($"'{id}' is not a Sendcloud id.", nameof(id));

    private static CarrierException Unreadable(string field) =>
        new(CarrierErrorKind.Unavailable, $"Sendcloud's answer has no {field}; it could not be read.");

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    private static string? Id(JsonNode? node) => node is JsonValue v
        ? v.TryGetValue<long>(out var n) ? n.ToString(CultureInfo.InvariantCulture) : Text(node)
        : null;

    private static Uri? Url(JsonNode? node) => Text(node) is { } s && Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null;

    private static DateTime? Time(JsonNode? node) =>
        Text(node) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime
            : null;
}
