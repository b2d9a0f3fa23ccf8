using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Oms.Domain.Connectors;
using Oms.Messaging.Bus;
using Oms.Server.Core.Inbox;

namespace Oms.Server.Features.Warehouse;

/// <summary>
/// A delivery from the inbound queue as the inbox stores it. Only what storing needs is read here: the location (from the
/// body, else the routing key <c>wms.LOC.inbound</c>) makes the source <c>wms:LOC</c>; the message id (from the body, else the
/// AMQP message id, else a hash of the body) is the dedup key; the type. A body that is not JSON is still stored (the
/// handler rejects it), so that nothing that arrived is dropped unseen.
/// </summary>
internal static class WmsEnvelope
{
    private const int MaxKey = 200;

    public static InboundEnvelope From(ReceivedBusMessage delivery)
    {
        var body = Encoding.UTF8.GetString(delivery.Body.Span);
        string? type = null, messageId = null, location = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                type = Peek(document.RootElement, "type");
                messageId = Peek(document.RootElement, "messageId");
                location = Peek(document.RootElement, "location");
            }
        }
        catch (JsonException)
        {
            // Kept as it came; the handler rejects it with the parser's reason.
        }

        if (body.Length > InboundMessage.MaxBody)
        {
            type = "oversized";
            body = $"(a message of {delivery.Body.Length} bytes, more than the inbox keeps)";
        }
        location ??= WmsNames.LocationOfRoutingKey(delivery.RoutingKey) ?? "unknown";
        var key = messageId ?? delivery.MessageId ?? "sha256:" + Hash(delivery.Body.Span);
        if (key.Length > MaxKey) key = "sha256:" + Hash(Encoding.UTF8.GetBytes(key));
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["routingKey"] = delivery.RoutingKey };
        if (delivery.MessageId is { } amqpId) headers["amqpMessageId"] = Clip(amqpId, MaxKey);
        return new InboundEnvelope(WmsNames.Source(Clip(location, 90)), null, Clip(type ?? "unreadable", 100), key,
            Clip(delivery.ContentType ?? "application/json", 100), body, headers);
    }

    private static string? Peek(JsonElement root, string name)
        => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
