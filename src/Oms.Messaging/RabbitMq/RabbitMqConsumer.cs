using System.Text;
using Microsoft.Extensions.Logging;
using Oms.Messaging.Bus;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Oms.Messaging.RabbitMq;

/// <summary>
/// Consumes one queue over the shared connection with manual acknowledgements and a prefetch window, calling the
/// handler for one message at a time and settling it as the handler says: Ack, Reject (dead-letter) or Retry (requeue).
/// A handler that throws counts as Retry. After a connection loss the client's recovery re-opens the channel and
/// re-registers the consumer; messages that were unsettled when the connection dropped are redelivered
/// (<see cref="ReceivedBusMessage.Redelivered"/>), so handlers must be idempotent on the message id.
/// </summary>
public sealed class RabbitMqConsumer : IAsyncDisposable
{
    private readonly RabbitMqConnectionSource _connections;
    private readonly string _queue;
    private readonly ushort _prefetch;
    private readonly Func<ReceivedBusMessage, CancellationToken, Task<ConsumeResult>> _handler;
    private readonly ILogger<RabbitMqConsumer> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private IChannel? _channel;

    public RabbitMqConsumer(RabbitMqConnectionSource connections, string queue, ushort prefetch,
        Func<ReceivedBusMessage, CancellationToken, Task<ConsumeResult>> handler, ILogger<RabbitMqConsumer> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentOutOfRangeException.ThrowIfZero(prefetch);
        _connections = connections;
        _queue = queue;
        _prefetch = prefetch;
        _handler = handler;
        _logger = logger;
    }

    /// <summary>Opens the channel and starts consuming; the queue must exist (<see cref="BusTopology"/>).</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (_channel is not null)
            throw new InvalidOperationException($"The consumer of {_queue} is already started.");
        var connection = await _connections.GetConnectionAsync(ct);
        var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            await channel.BasicQosAsync(prefetchSize: 0, _prefetch, global: false, ct);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += OnReceivedAsync;
            await channel.BasicConsumeAsync(_queue, autoAck: false, consumer, ct);
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
        _channel = channel;
        RabbitMqLog.Consuming(_logger, _queue, _prefetch);
    }

    /// <summary>Stops consuming; unsettled messages go back to the queue.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_channel is not null)
        {
            try
            {
                if (_channel.IsOpen)
                    await _channel.CloseAsync();
            }
            catch (Exception e) when (e is RabbitMQClientException or IOException)
            {
                // Closed under us (the connection went away): nothing left to stop.
            }
            await _channel.DisposeAsync();
        }
        _stopping.Dispose();
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var channel = ((AsyncEventingBasicConsumer)sender).Channel;
        var message = ToMessage(delivery);
        ConsumeResult result;
        try
        {
            result = await _handler(message, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return; // stopping: the closing channel hands the message back to the queue
        }
        catch (Exception e)
        {
            RabbitMqLog.HandlerFailed(_logger, _queue, message.Type, message.MessageId, e);
            result = ConsumeResult.Retry;
        }

        try
        {
            var tag = delivery.DeliveryTag;
            var settle = result switch
            {
                ConsumeResult.Ack => channel.BasicAckAsync(tag, multiple: false),
                ConsumeResult.Reject => channel.BasicRejectAsync(tag, requeue: false),
                _ => channel.BasicNackAsync(tag, multiple: false, requeue: true),
            };
            await settle;
        }
        catch (Exception e) when (e is RabbitMQClientException or IOException)
        {
            RabbitMqLog.SettleFailed(_logger, message.MessageId, _queue, result, e);
        }
    }

    private static ReceivedBusMessage ToMessage(BasicDeliverEventArgs delivery)
    {
        var properties = delivery.BasicProperties;
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (properties.Headers is not null)
        {
            foreach (var (name, value) in properties.Headers)
                headers[name] = value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value;
        }

        // The body's memory belongs to the client and is reused after this callback, so the message keeps a copy.
        return new ReceivedBusMessage(properties.MessageId, properties.Type, delivery.RoutingKey, delivery.Body.ToArray())
        {
            ContentType = properties.ContentType,
            CorrelationId = properties.CorrelationId,
            Timestamp = properties.IsTimestampPresent()
                ? DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime).UtcDateTime
                : null,
            Persistent = properties.Persistent,
            Redelivered = delivery.Redelivered,
            Headers = headers,
        };
    }
}
