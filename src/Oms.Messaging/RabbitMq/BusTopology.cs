using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Oms.Messaging.RabbitMq;

/// <summary>
/// Declares what the bus needs on the broker: the durable topic exchange events are published to, the dead-letter
/// exchange (fanout) and the durable quorum dead-letter queue, and consumer queues. Every declaration is idempotent;
/// one whose arguments differ from an existing queue's is refused by the broker (PRECONDITION_FAILED).
/// </summary>
public sealed class BusTopology
{
    private readonly RabbitMqConnectionSource _connections;
    private readonly RabbitMqOptions _options;

    public BusTopology(RabbitMqConnectionSource connections, IOptions<RabbitMqOptions> options)
    {
        _connections = connections;
        _options = options.Value;
    }

    /// <summary>Declares the events exchange, the dead-letter exchange and the dead-letter queue.</summary>
    public Task DeclareAsync(CancellationToken ct) =>
        WithChannelAsync(channel => DeclareExchangesAsync(channel, _options, ct), ct);

    /// <summary>Declares the exchanges (as <see cref="DeclareAsync"/>) and then <paramref name="queue"/> with its bindings.</summary>
    public Task DeclareConsumerQueueAsync(ConsumerQueue queue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return WithChannelAsync(async channel =>
        {
            await DeclareExchangesAsync(channel, _options, ct);
            await DeclareConsumerQueueAsync(channel, _options, queue, ct);
        }, ct);
    }

    internal static async Task DeclareExchangesAsync(IChannel channel, RabbitMqOptions options, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(options.ExchangeName, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: ct);
        await channel.ExchangeDeclareAsync(options.DeadLetterExchange, ExchangeType.Fanout, durable: true, autoDelete: false,
            cancellationToken: ct);
        await channel.QueueDeclareAsync(options.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: ct);
        await channel.QueueBindAsync(options.DeadLetterQueue, options.DeadLetterExchange, routingKey: "", cancellationToken: ct);
    }

    private static async Task DeclareConsumerQueueAsync(IChannel channel, RabbitMqOptions options, ConsumerQueue queue,
        CancellationToken ct)
    {
        if (queue.DeliveryLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(queue), queue.DeliveryLimit, "The delivery limit must be at least 1.");

        // Quorum queues are replicated and durable; they count deliveries, which x-delivery-limit bounds.
        var arguments = new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-dead-letter-exchange"] = options.DeadLetterExchange,
            ["x-delivery-limit"] = queue.DeliveryLimit,
        };
        await channel.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct);
        foreach (var routingKey in queue.RoutingKeys)
            await channel.QueueBindAsync(queue.Name, options.ExchangeName, routingKey, cancellationToken: ct);
    }

    private async Task WithChannelAsync(Func<IChannel, Task> declare, CancellationToken ct)
    {
        var connection = await _connections.GetConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await declare(channel);
        await channel.CloseAsync(ct);
    }
}
