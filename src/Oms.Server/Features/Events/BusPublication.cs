using Microsoft.Extensions.Options;
using Oms.Messaging.Bus;
using Oms.Messaging.RabbitMq;
using Oms.Server.Core.Events;
using Oms.Server.Core.Outbox;

namespace Oms.Server.Features.Events;

/// <summary>
/// Publishes every public event to the message bus (RabbitMQ's topic exchange, routing key = event type), as a CloudEvent
/// with the event id as message id, once the broker confirmed it. A broker that is down or does not confirm in time is
/// tried again by the relay, with backoff, for about a day; consumers deduplicate on the message id. With no broker
/// configured (the laptop default) no delivery is even written.
/// </summary>
public sealed partial class BusPublication(IBusPublisher publisher, BusTopology topology, IOptions<RabbitMqOptions> options,
    ILogger<BusPublication> log) : IOutboxHandler
{
    private int _declared;

    public string Name => "bus";
    public bool RunsInline => false;
    public RetryPolicy Retry => new(TimeSpan.FromSeconds(2), 2, TimeSpan.FromMinutes(10), 200);

    public bool Wants(string eventType, bool isInternal) => !isInternal && options.Value.IsConfigured;

    public async Task<HandlerResult> HandleAsync(OutboxMessage message, IServiceProvider services, CancellationToken ct)
    {
        try
        {
            if (Volatile.Read(ref _declared) == 0)
            {
                await topology.DeclareAsync(ct);
                Volatile.Write(ref _declared, 1);
            }
            await publisher.PublishAsync(new BusMessage(message.EventId.ToString(), message.Type, CloudEvent.Serialize(message))
            {
                Timestamp = message.OccurredAt,
                Headers = Headers(message),
            }, ct);
            return HandlerResult.Done;
        }
        catch (BusPublishException ex)
        {
            LogNotPublished(log, message.Type, message.EventId, ex.Message);
            return HandlerResult.Again($"bus: {ex.Message}");
        }
    }

    private static Dictionary<string, string> Headers(OutboxMessage m)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cloudEvents:type"] = EventCatalogue.CloudEventType(m.Type, m.Version),
        };
        if (m.Subject is not null) headers["cloudEvents:subject"] = m.Subject;
        return headers;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Type} {EventId} not published to the bus yet: {Reason}")]
    private static partial void LogNotPublished(ILogger logger, string type, Guid eventId, string reason);
}
