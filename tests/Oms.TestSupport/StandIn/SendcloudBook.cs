using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Oms.TestSupport.StandIn;

/// <summary>
/// The Sendcloud stand-in's state: parcels and pickups, validated as Sendcloud validates them and answered in its
/// JSON. Not thread-safe: <see cref="SendcloudStandIn"/> calls it under a lock.
/// </summary>
internal sealed class SendcloudBook(Uri baseUrl)
{
    private readonly Dictionary<long, JsonObject> parcels = [];
    private readonly Dictionary<long, JsonObject> pickups = [];
    private long nextParcel = 3172;
    private long nextPickup = 294247;

    public Answer CreateParcel(JsonNode? body)
    {
        const string request = "api/v2/parcels";
        if (body?["parcel"] is not JsonObject asked)
        {
            return SendcloudErrors.V2(400, request, "parcel: This field is required.");
        }

        var isReturn = asked["is_return"] is JsonValue r && r.TryGetValue<bool>(out var ret) && ret;
        string[] required = isReturn
            ? ["name", "address", "city", "postal_code", "country", "from_name", "from_address_1", "from_city", "from_postal_code", "from_country"]
            : ["name", "address", "city", "postal_code", "country"];
        if (required.FirstOrDefault(f => string.IsNullOrWhiteSpace(Text(asked[f]))) is { } missing)
        {
            return SendcloudErrors.V2(400, request, $"{missing}: This field cannot be blank.");
        }

        var methodId = asked["shipment"]?["id"] is JsonValue m && m.TryGetValue<int>(out var mid) ? mid : (int?)null;
        if (methodId is null || !SendcloudStandIn.ShippingMethods.TryGetValue(methodId.Value, out var method))
        {
            return SendcloudErrors.V2(400, request, $"shipment: Shipping method {methodId} does not exist or is not enabled.");
        }

        if (method.IsReturn != isReturn)
        {
            return SendcloudErrors.V2(400, request, isReturn
                ? $"shipment: {method.Name} cannot be used for return parcels."
                : $"shipment: {method.Name} can only be used for return parcels.");
        }

        var weight = Text(asked["weight"]) is { } w ? decimal.Parse(w, CultureInfo.InvariantCulture) : 1m;
        if (weight > method.MaxWeightKg)
        {
            return SendcloudErrors.V2(400, request,
                string.Create(CultureInfo.InvariantCulture, $"weight: {weight:0.000} kg exceeds the maximum of {method.MaxWeightKg:0.000} kg for {method.Name}."));
        }

        var id = nextParcel++;
        var announce = asked["request_label"] is JsonValue rl && rl.TryGetValue<bool>(out var l) && l;
        var tracking = announce ? $"3SSTND{id:D9}" : "";
        var now = DateTime.UtcNow.ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        var labelUrl = new Uri(baseUrl, $"api/v2/label/label_printer/{id}?hash={Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}");
        var parcel = new JsonObject
        {
            ["id"] = id,
            ["name"] = Text(asked["name"]),
            ["company_name"] = Text(asked["company_name"]) ?? "",
            ["address"] = Text(asked["address"]),
            ["address_2"] = Text(asked["address_2"]) ?? "",
            ["city"] = Text(asked["city"]),
            ["postal_code"] = Text(asked["postal_code"]),
            ["telephone"] = Text(asked["telephone"]) ?? "",
            ["email"] = Text(asked["email"]) ?? "",
            ["date_created"] = now,
            ["date_updated"] = now,
            ["date_announced"] = announce ? now : null,
            ["tracking_number"] = tracking,
            ["tracking_url"] = announce
                ? $"https://tracking.sendcloud.sc/forward?carrier={method.Carrier}&code={tracking}&destination={Text(asked["country"])}&lang=en&type=parcel"
                : "",
            ["weight"] = weight.ToString("0.000", CultureInfo.InvariantCulture),
            ["label"] = announce
                ? new JsonObject { ["normal_printer"] = new JsonArray(labelUrl.ToString()), ["label_printer"] = labelUrl.ToString() }
                : new JsonObject(),
            ["customs_declaration"] = new JsonObject(),
            ["status"] = Status(announce ? 1000 : 999),
            ["data"] = new JsonObject(),
            ["country"] = new JsonObject { ["iso_2"] = Text(asked["country"]), ["iso_3"] = "", ["name"] = "" },
            ["shipment"] = new JsonObject { ["id"] = methodId, ["name"] = method.Name },
            ["carrier"] = new JsonObject { ["code"] = method.Carrier },
            ["order_number"] = Text(asked["order_number"]) ?? "",
            ["is_return"] = isReturn,
            ["external_reference"] = null,
            ["to_service_point"] = asked["to_service_point"]?.DeepClone(),
        };
        parcels[id] = parcel;
        return new Answer(200, new JsonObject { ["parcel"] = parcel.DeepClone() });
    }

    public (Answer? Error, byte[]? Pdf) Label(long id)
    {
        if (!parcels.TryGetValue(id, out var parcel))
        {
            return (SendcloudErrors.V2(404, $"api/v2/labels/label_printer/{id}", "No Parcel matches the given query."), null);
        }

        if (Text(parcel["tracking_number"]) is not { } tracking)
        {
            return (SendcloudErrors.V2(404, $"api/v2/labels/label_printer/{id}", "This parcel has no label."), null);
        }

        return (null, Encoding.ASCII.GetBytes($"%PDF-1.4\n% Sendcloud stand-in label, parcel {id}, tracking {tracking}\n%%EOF\n"));
    }

    public Answer CancelParcel(long id)
    {
        if (!parcels.TryGetValue(id, out var parcel))
        {
            return SendcloudErrors.V2(404, $"api/v2/parcels/{id}/cancel", "No Parcel matches the given query.");
        }

        var status = parcel["status"]!["id"]!.GetValue<int>();
        if (status is 2000 or 1999)
        {
            return new Answer(410, new JsonObject { ["status"] = "failed", ["message"] = "Parcel has already been cancelled." });
        }

        if (status is not (999 or 1000 or 1 or 13))
        {
            return new Answer(400, new JsonObject { ["status"] = "failed", ["message"] = "The parcel is already on its way and cannot be cancelled." });
        }

        parcel["status"] = Status(2000);
        return new Answer(200, new JsonObject { ["status"] = "cancelled", ["message"] = "Parcel has been cancelled" });
    }

    public Answer CreatePickup(JsonNode? body, DateTime now)
    {
        if (body is not JsonObject asked)
        {
            return SendcloudErrors.V3(400, "invalid", "A JSON object is required.");
        }

        var carrier = Text(asked["carrier_code"]);
        if (carrier is null || !SendcloudStandIn.PickupCarriers.ContainsKey(carrier))
        {
            return SendcloudErrors.V3(400, "invalid", $"Carrier '{carrier}' does not support pickups.", "/carrier_code");
        }

        if (asked["address"] is not JsonObject address)
        {
            return SendcloudErrors.V3(400, "required", "This field is required.", "/address");
        }

        foreach (var field in new[] { "name", "address_line_1", "postal_code", "city", "country_code" })
        {
            if (string.IsNullOrWhiteSpace(Text(address[field])))
            {
                return SendcloudErrors.V3(400, "required", "This field is required.", $"/address/{field}");
            }
        }

        var slot = (asked["time_slots"] as JsonArray)?.FirstOrDefault() as JsonObject;
        if (Time(slot?["start_at"]) is not { } start || Time(slot?["end_at"]) is not { } end)
        {
            return SendcloudErrors.V3(400, "required", "A time slot with start_at and end_at is required.", "/time_slots/0");
        }

        if (end <= start)
        {
            return SendcloudErrors.V3(400, "invalid", "end_at must be later than start_at.", "/time_slots/0/end_at");
        }

        if (start <= now)
        {
            return SendcloudErrors.V3(400, "invalid", "The pickup cannot be scheduled in the past.", "/time_slots/0/start_at");
        }

        var item = (asked["items"] as JsonArray)?.FirstOrDefault() as JsonObject;
        if (item?["quantity"] is not JsonValue q || !q.TryGetValue<int>(out var quantity) || quantity < 1)
        {
            return SendcloudErrors.V3(400, "invalid", "Ensure this value is greater than or equal to 1.", "/items/0/quantity");
        }

        var id = nextPickup++;
        var pickup = new JsonObject
        {
            ["id"] = id,
            ["carrier_code"] = carrier,
            ["status"] = "ANNOUNCING",
            ["address"] = address.DeepClone(),
            ["time_slots"] = new JsonArray(new JsonObject { ["start_at"] = Utc(start), ["end_at"] = Utc(end) }),
            ["items"] = asked["items"]!.DeepClone(),
            ["reference"] = Text(asked["reference"]) ?? "",
            ["special_instructions"] = Text(asked["special_instructions"]) ?? "",
            ["tracking_number"] = "",
            ["created_at"] = Utc(now),
            ["cancelled_at"] = null,
        };
        pickups[id] = pickup;
        return new Answer(201, new JsonObject { ["data"] = pickup.DeepClone() });
    }

    public Answer CancelPickup(long id, DateTime now)
    {
        if (!pickups.TryGetValue(id, out var pickup))
        {
            return SendcloudErrors.V3(404, "not_found", "No Pickup matches the given query.");
        }

        if (Text(pickup["status"]) is "CANCELLED" or "CANCELLATION_REQUESTED")
        {
            return SendcloudErrors.V3(409, "invalid_status", "The pickup has already been cancelled.");
        }

        var viaApi = SendcloudStandIn.PickupCarriers[Text(pickup["carrier_code"])!];
        pickup["status"] = viaApi ? "CANCELLED" : "CANCELLATION_REQUESTED";
        pickup["cancelled_at"] = viaApi ? Utc(now) : null;
        return new Answer(viaApi ? 200 : 202, new JsonObject { ["data"] = pickup.DeepClone() });
    }

    /// <summary>The parcel with its status set, as a webhook carries it; null for an unknown parcel.</summary>
    public JsonObject? Move(long id, int statusId)
    {
        if (!parcels.TryGetValue(id, out var parcel))
        {
            return null;
        }

        parcel["status"] = Status(statusId);
        return (JsonObject)parcel.DeepClone();
    }

    public string? PickupStatus(long id) => pickups.TryGetValue(id, out var p) ? Text(p["status"]) : null;

    public int ParcelStatus(long id) => parcels[id]["status"]!["id"]!.GetValue<int>();

    private static JsonObject Status(int id) => new()
    {
        ["id"] = id,
        ["message"] = SendcloudStandIn.StatusMessages.GetValueOrDefault(id, "Unknown status - check carrier track & trace page for more insights"),
    };

    private static string Utc(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTime? Time(JsonNode? node) =>
        Text(node) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime
            : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
