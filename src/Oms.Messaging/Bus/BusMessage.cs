namespace Oms.Messaging.Bus;

/// <summary>
/// One domain event to publish. <see cref="MessageId"/> is the event id, so a consumer can recognise a message the
/// relay sent twice (a publish whose confirmation timed out may still have arrived); <see cref="Type"/> is the event
/// type (<c>order.captured</c>, <c>fulfilment-order.shipped</c>) and the routing key. The body is the caller's bytes,
/// by default a CloudEvents JSON document.
/// </summary>
public sealed record BusMessage(string MessageId, string Type, ReadOnlyMemory<byte> Body)
{
    /// <summary>The content type of CloudEvents in structured JSON mode.</summary>
    public const string CloudEventsJson = "application/cloudevents+json; charset=utf-8";

    public string ContentType { get; init; } = CloudEventsJson;

    /// <summary>When the event happened (UTC); when unset, the time of publishing. AMQP keeps whole seconds.</summary>
    public DateTime? Timestamp { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>Application headers, sent as AMQP string headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
