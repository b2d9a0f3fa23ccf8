using System.Globalization;
using System.Text.Json;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.WooCommerce;

/// <summary>Reading WooCommerce's JSON: amounts are strings (<c>"29.35"</c>), ids are numbers kept as their text.</summary>
internal static class WooJson
{
    public static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString() is { Length: > 0 } s ? s : null;

    public static string? Id(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Number when v.GetRawText() != "0" => v.GetRawText(),
            JsonValueKind.String when v.GetString() is { Length: > 0 } s && s != "0" => s,
            _ => null,
        };
    }

    public static JsonElement Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    public static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static decimal Money(JsonElement e, string name, string field)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return 0m;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n)) return n;
        if (v.ValueKind == JsonValueKind.String
            && decimal.TryParse(v.GetString() is { Length: > 0 } t ? t : "0", NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var s))
            return s;
        throw new InboundRejectedException(field, $"{field} is not an amount.");
    }

    public static int Quantity(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("quantity", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var q) && q > 0
            ? q
            : throw new InboundRejectedException(field, $"{field} must be a whole number of at least 1.");

    public static decimal CeilCents(decimal amount) => Math.Ceiling(amount * 100m) / 100m;

    public static string Field(string list, int index, string name) => $"{list}[{index.ToString(CultureInfo.InvariantCulture)}].{name}";
}
