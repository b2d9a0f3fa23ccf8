using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oms.Messaging.Bus;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Oms.Messaging.RabbitMq;

/// <summary>
/// Publishes to the events exchange over the shared connection, on one channel with publisher confirmations:
/// <see cref="PublishAsync"/> returns only after the broker's ack. Safe for concurrent callers (the client serialises
/// sends on the channel and tracks each confirmation). The exchanges are declared whenever the channel is opened.
/// </summary>
public sealed class RabbitMqPublisher : IBusPublisher, IAsyncDisposable
{
    // Channel-level AMQP errors (access refused, not found, resource locked, precondition failed, …) end the channel
    // for good, while the connection lives on; a channel that ended with the connection is restored by recovery.
    private static readonly HashSet<ushort> ChannelErrors = [311, 312, 313, 403, 404, 405, 406];

    private readonly RabbitMqConnectionSource _connections;
    private readonly RabbitMqOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RabbitMqPublisher> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public RabbitMqPublisher(RabbitMqConnectionSource connections, IOptions<RabbitMqOptions> options, TimeProvider time,
        ILogger<RabbitMqPublisher> logger)
    {
        _connections = connections;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task PublishAsync(BusMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Type);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            var channel = await GetChannelAsync(timeout.Token);
            await channel.BasicPublishAsync(_options.ExchangeName, message.Type, mandatory: false, BuildProperties(message),
                message.Body, timeout.Token);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw Failed(message, BusPublishFailure.TimedOut,
                $"The broker did not confirm within {_options.PublishTimeout.TotalSeconds:0.#} s.", e);
        }
        catch (PublishException e)
        {
            throw Failed(message, BusPublishFailure.Nacked, "The broker refused the message (nack).", e);
        }
        catch (Exception e) when (e is RabbitMQClientException or IOException or SocketException)
        {
            throw Failed(message, BusPublishFailure.Unavailable, "The broker is not reachable: " + e.Message, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_channel is not null)
                await _channel.DisposeAsync();
            _channel = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private BusPublishException Failed(BusMessage message, BusPublishFailure failure, string text, Exception inner)
    {
        RabbitMqLog.PublishFailed(_logger, message.Type, message.MessageId, failure, inner);
        return new BusPublishException(failure, $"Publishing {message.Type} {message.MessageId} failed: {text}", inner);
    }

    private BasicProperties BuildProperties(BusMessage message)
    {
        var timestamp = message.Timestamp is { } at
            ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
            : _time.GetUtcNow();
        var properties = new BasicProperties
        {
            MessageId = message.MessageId,
            Type = message.Type,
            ContentType = message.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            Timestamp = new AmqpTimestamp(timestamp.ToUnixTimeSeconds()),
            AppId = _options.ClientName,
            CorrelationId = message.CorrelationId,
        };
        if (message.Headers is { Count: > 0 } headers)
            properties.Headers = headers.ToDictionary(h => h.Key, h => (object?)h.Value, StringComparer.Ordinal);
        return properties;
    }

    /// <summary>
    /// The confirm channel, opened on first use. While the connection is recovering there is none to use and the
    /// publish fails at once as Unavailable rather than waiting; a channel the broker closed over a channel error is
    /// replaced.
    /// </summary>
    private async Task<IChannel> GetChannelAsync(CancellationToken ct)
    {
        var current = Volatile.Read(ref _channel);
        if (current is { IsOpen: true })
            return current;

        await _gate.WaitAsync(ct);
        try
        {
            if (_channel is { IsOpen: true })
                return _channel;
            var connection = await _connections.GetConnectionAsync(ct);
            if (!connection.IsOpen)
            {
                throw new BusPublishException(BusPublishFailure.Unavailable,
                    "The connection to RabbitMQ is down; the client is reconnecting.");
            }
            if (_channel is not null)
            {
                if (!EndedForGood(_channel.CloseReason))
                    throw new BusPublishException(BusPublishFailure.Unavailable, "The publishing channel is being recovered.");
                await _channel.DisposeAsync();
                _channel = null;
            }

            var options = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
                outstandingPublisherConfirmationsRateLimiter: null);
            var channel = await connection.CreateChannelAsync(options, ct);
            await BusTopology.DeclareExchangesAsync(channel, _options, ct);
            Volatile.Write(ref _channel, channel);
            return channel;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool EndedForGood(ShutdownEventArgs? reason) =>
        reason is null
        || reason.Initiator == ShutdownInitiator.Application
        || (reason.Initiator == ShutdownInitiator.Peer && ChannelErrors.Contains(reason.ReplyCode));
}
