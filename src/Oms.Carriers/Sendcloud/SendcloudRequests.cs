using System.Globalization;
using System.Text.Json.Nodes;
using Oms.Domain.Common;

namespace Oms.Carriers.Sendcloud;

/// <summary>
/// The request bodies, as Sendcloud's API reference shows them: a v2 parcel (<c>POST /api/v2/parcels</c>, decimals as
/// strings, kilograms and centimetres) and a v3 pickup (<c>POST /api/v3/pickups</c>).
/// </summary>
internal static class SendcloudRequests
{
    /// <summary>
    /// A parcel announced at once (<c>request_label: true</c>). The addressee is in the plain fields, the sender in
    /// <c>from_*</c>; a return is <c>is_return: true</c> with the customer as sender and the receiving location as addressee.
    /// </summary>
    public static JsonObject Parcel(LabelRequest request, int shippingMethodId)
    {
        var to = request.To;
        var from = request.From;
        var parcel = new JsonObject
        {
            ["name"] = to.Name,
            ["address"] = to.Line1,
            ["address_2"] = to.Line2 ?? "",
            ["city"] = to.City,
            ["postal_code"] = to.PostalCode,
            ["country"] = to.Country,
            ["telephone"] = to.Phone ?? "",
            ["request_label"] = true,
            ["shipment"] = new JsonObject { ["id"] = shippingMethodId },
            ["order_number"] = request.Reference,
            ["quantity"] = 1,
            ["is_return"] = request.Direction == ShipmentDirection.Return,
            ["from_name"] = from.Name,
            ["from_address_1"] = from.Line1,
            ["from_address_2"] = from.Line2 ?? "",
            ["from_city"] = from.City,
            ["from_postal_code"] = from.PostalCode,
            ["from_country"] = from.Country,
            ["from_telephone"] = from.Phone ?? "",
        };
        if (request.CustomerEmail is { } email)
        {
            parcel[request.Direction == ShipmentDirection.Return ? "from_email" : "email"] = email;
        }

        if (request.Parcel is { } size)
        {
            Put(parcel, "weight", size.WeightKg, "0.000");
            Put(parcel, "length", size.LengthCm, "0.0");
            Put(parcel, "width", size.WidthCm, "0.0");
            Put(parcel, "height", size.HeightCm, "0.0");
        }

        return new JsonObject { ["parcel"] = parcel };
    }

    /// <summary>A one-time pickup at the customer's address, one time slot, the parcels as one item.</summary>
    public static JsonObject Pickup(CollectionRequest request, string carrierCode, int? contract)
    {
        var weight = request.TotalWeightKg ?? request.Parcels;
        var pickup = new JsonObject
        {
            ["address"] = Address(request.Address, request.Email),
            ["time_slots"] = new JsonArray(new JsonObject
            {
                ["start_at"] = Utc(request.WindowStartUtc),
                ["end_at"] = Utc(request.WindowEndUtc),
            }),
            ["items"] = new JsonArray(new JsonObject
            {
                ["quantity"] = request.Parcels,
                ["container_type"] = "parcel",
                ["total_weight"] = new JsonObject { ["value"] = weight.ToString("0.00", CultureInfo.InvariantCulture), ["unit"] = "kg" },
            }),
            ["reference"] = request.Reference,
            ["special_instructions"] = request.Instructions ?? "",
            ["carrier_code"] = carrierCode,
        };
        if (contract is { } id)
        {
            pickup["contract"] = id;
        }

        return pickup;
    }

    public static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Address(Address address, string? email) => new()
    {
        ["name"] = address.Name,
        ["address_line_1"] = address.Line1,
        ["address_line_2"] = address.Line2 ?? "",
        ["postal_code"] = address.PostalCode,
        ["city"] = address.City,
        ["country_code"] = address.Country,
        ["phone_number"] = address.Phone ?? "",
        ["email"] = email ?? "",
    };

    private static void Put(JsonObject parcel, string name, decimal? value, string format)
    {
        if (value is { } v)
        {
            parcel[name] = v.ToString(format, CultureInfo.InvariantCulture);
        }
    }
}
