using System.Globalization;
using System.Text;
using System.Text.Json;
using Oms.Server.Core.Events;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Webhooks;

/// <summary>
/// The body of a webhook: the event as a CloudEvents 1.0 JSON envelope in structured mode, the same bytes on every
/// attempt (what changes between attempts is the signed timestamp). <c>data</c> is the event's data as the outbox
/// stored it, with its schema named in the catalogue.
/// </summary>
public static class CloudEventBody
{
    /// <summary>The HTTP media type of a structured-mode CloudEvent in JSON.</summary>
    public const string MediaType = "application/cloudevents+json";

    public static string Build(OutboxMessage e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", e.EventId.ToString());
            json.WriteString("source", EventCatalogue.Source);
            json.WriteString("type", EventCatalogue.CloudEventType(e.Type, e.Version));
            if (e.Subject is not null) json.WriteString("subject", e.Subject);
            json.WriteString("time", e.OccurredAt.ToUniversalTime()
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            json.WritePropertyName("data");
            json.WriteRawValue(e.Data);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
