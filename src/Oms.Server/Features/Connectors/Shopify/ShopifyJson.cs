using System.Globalization;
using System.Text.Json;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Connectors.Shopify;

/// <summary>
/// Reading Shopify's JSON: money comes as strings (<c>"199.00"</c>), ids are 64-bit numbers that a double cannot hold, so an
/// id is kept as the exact text of the number. A value that cannot be read rejects the message naming the field.
/// </summary>
internal static class ShopifyJson
{
    public static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>An id as its exact digits (numbers or strings both occur); null when absent.</summary>
    public static string? Id(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.String when v.GetString() is { Length: > 0 } s => s,
            _ => null,
        };
    }

    public static JsonElement? Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? v : null;

    public static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        Child(e, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static bool? Flag(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean() : null;

    /// <summary>A money amount (a string, or a plain number); absent or null is <paramref name="absent"/>.</summary>
    public static decimal Money(JsonElement e, string name, string field, decimal? absent = 0m)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return absent ?? throw new InboundRejectedException(field, $"{field} is missing.");
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n)) return n;
        if (v.ValueKind == JsonValueKind.String
            && decimal.TryParse(v.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s))
            return s;
        throw new InboundRejectedException(field, $"{field} is not an amount.");
    }

    public static int Quantity(JsonElement e, string field)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("quantity", out var v) && v.ValueKind == JsonValueKind.Number
            && v.TryGetInt32(out var q) && q > 0)
            return q;
        throw new InboundRejectedException(field, $"{field} must be a whole number of at least 1.");
    }

    /// <summary>Rounds up to whole cents: a net unit price rounded up never leaves a negative discount behind.</summary>
    public static decimal CeilCents(decimal amount) => Math.Ceiling(amount * 100m) / 100m;
}
