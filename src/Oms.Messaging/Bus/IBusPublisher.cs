namespace Oms.Messaging.Bus;

/// <summary>Publishes domain events to the message bus.</summary>
public interface IBusPublisher
{
    /// <summary>
    /// Publishes <paramref name="message"/> and returns once the broker has confirmed that it took responsibility for
    /// it (a persistent message, written to the queues it was routed to). Throws <see cref="BusPublishException"/> when
    /// it did not: the broker is unreachable or recovering, refused the message, or did not confirm in time. A message
    /// that no queue is bound for is confirmed and dropped, as a topic exchange does.
    /// </summary>
    Task PublishAsync(BusMessage message, CancellationToken ct);
}
