namespace Oms.Messaging.Bus;

/// <summary>
/// A delivered message as a handler sees it. <see cref="Headers"/> holds the AMQP headers with string values decoded
/// (AMQP carries them as bytes); other values (numbers, the broker's <c>x-death</c> tables) are as the client gives them.
/// </summary>
public sealed record ReceivedBusMessage(string? MessageId, string? Type, string RoutingKey, ReadOnlyMemory<byte> Body)
{
    public string? ContentType { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The AMQP timestamp (whole seconds, UTC), when the publisher set one.</summary>
    public DateTime? Timestamp { get; init; }

    /// <summary>Whether the publisher marked the message persistent (delivery mode 2).</summary>
    public bool Persistent { get; init; }

    /// <summary>Delivered before to this or another consumer without being settled.</summary>
    public bool Redelivered { get; init; }

    public IReadOnlyDictionary<string, object?> Headers { get; init; } = new Dictionary<string, object?>();

    /// <summary>A header's value as a string, or null when it is absent or not a string.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value as string : null;
}
