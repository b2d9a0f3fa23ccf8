using System.Text.Json;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// A message from a bus-served location, read from its JSON (docs/warehouse-messages.md): <c>type</c>, <c>messageId</c> and
/// <c>location</c>, and the fields of its type. Every accessor throws <see cref="InboundRejectedException"/> naming the
/// field when the value is missing or of the wrong kind, so that a bad message is kept as rejected with that field.
/// </summary>
public sealed class WmsInboundMessage
{
    private readonly JsonElement _root;

    private WmsInboundMessage(JsonElement root, string type, string messageId, string location)
    {
        _root = root;
        Type = type;
        MessageId = messageId;
        Location = location;
    }

    public string Type { get; }
    public string MessageId { get; }
    public string Location { get; }

    /// <summary>Reads the body; the returned message's element lives as long as <paramref name="document"/>.</summary>
    public static WmsInboundMessage Parse(string body, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new InboundRejectedException("body", $"The message is not JSON: {e.Message}");
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InboundRejectedException("body", "The message must be a JSON object.");
        }
        return new WmsInboundMessage(root, Text(root, "type"), Text(root, "messageId"), Text(root, "location"));
    }

    public string Text(string name) => Text(_root, name);

    public string? OptionalText(string name) => Has(name) ? Text(name) : null;

    public Guid Id(string name)
        => Guid.TryParse(Text(name), out var id) ? id : throw new InboundRejectedException(name, $"{name} must be a UUID.");

    public int Integer(string name)
    {
        if (!_root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            throw new InboundRejectedException(name, $"{name} is required.");
        return Integer(v, name);
    }

    public bool Flag(string name, bool absent)
    {
        if (!_root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return absent;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InboundRejectedException(name, $"{name} must be true or false."),
        };
    }

    /// <summary>An optional array of line ids; null when absent or empty (then every open line is meant).</summary>
    public IReadOnlyList<Guid>? LineIds()
    {
        if (!_root.TryGetProperty("lineIds", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Array) throw new InboundRejectedException("lineIds", "lineIds must be an array of line ids.");
        var ids = new List<Guid>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !item.TryGetGuid(out var id))
                throw new InboundRejectedException($"lineIds[{i}]", "A line id must be a UUID string.");
            ids.Add(id);
            i++;
        }
        return ids.Count > 0 ? ids : null;
    }

    /// <summary>The snapshot's <c>items</c>: SKU, on-hand and optionally safety stock each.</summary>
    public IReadOnlyList<(string Sku, int OnHand, int? SafetyStock)> Items()
    {
        if (!_root.TryGetProperty("items", out var v) || v.ValueKind != JsonValueKind.Array)
            throw new InboundRejectedException("items", "items must be an array of {sku, onHand}.");
        var items = new List<(string, int, int?)>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new InboundRejectedException($"items[{i}]", "An item must be an object.");
            var sku = Text(item, "sku", $"items[{i}].sku");
            var onHand = item.TryGetProperty("onHand", out var o) ? Integer(o, $"items[{i}].onHand")
                : throw new InboundRejectedException($"items[{i}].onHand", "onHand is required.");
            int? safety = item.TryGetProperty("safetyStock", out var s) && s.ValueKind != JsonValueKind.Null
                ? Integer(s, $"items[{i}].safetyStock") : null;
            items.Add((sku, onHand, safety));
            i++;
        }
        return items;
    }

    private bool Has(string name) => _root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    private static string Text(JsonElement parent, string name, string? field = null)
    {
        field ??= name;
        if (!parent.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            throw new InboundRejectedException(field, $"{field} is required.");
        if (v.ValueKind != JsonValueKind.String) throw new InboundRejectedException(field, $"{field} must be a string.");
        var text = v.GetString()!.Trim();
        if (text.Length == 0) throw new InboundRejectedException(field, $"{field} must not be empty.");
        return text.Length <= 200 ? text : throw new InboundRejectedException(field, $"{field} must be at most 200 characters.");
    }

    private static int Integer(JsonElement v, string field)
        => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)
            ? n
            : throw new InboundRejectedException(field, $"{field} must be a whole number.");
}
