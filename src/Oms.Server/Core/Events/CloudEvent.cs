using System.Text;
using System.Text.Json;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Core.Events;

/// <summary>
/// The envelope every published event travels in, on the bus and in webhooks: CloudEvents 1.0 in structured JSON mode.
/// <c>id</c> is the event id (stable across retries, so receivers can deduplicate), <c>type</c> the versioned catalogue
/// type, <c>subject</c> the order (or stock row) it is about, <c>data</c> the payload the catalogue describes.
/// </summary>
public static class CloudEvent
{
    public static byte[] Serialize(OutboxMessage e)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("specversion", "1.0");
            w.WriteString("id", e.EventId.ToString());
            w.WriteString("source", EventCatalogue.Source);
            w.WriteString("type", EventCatalogue.CloudEventType(e.Type, e.Version));
            if (e.Subject is not null) w.WriteString("subject", e.Subject);
            w.WriteString("time", DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc)
                .ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("datacontenttype", "application/json");
            if (EventCatalogue.TryGet(e.Type, out var type)) w.WriteString("dataschema", $"/api/events/schemas/{type.DataType.Name}");
            if (e.SubjectKey is not null) w.WriteString("omssubjectkey", e.SubjectKey);
            w.WritePropertyName("data");
            w.WriteRawValue(e.Data, skipInputValidation: true);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static string SerializeToString(OutboxMessage e) => Encoding.UTF8.GetString(Serialize(e));
}
