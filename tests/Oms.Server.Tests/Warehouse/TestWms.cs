using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Oms.Server.Tests.Warehouse;

/// <summary>
/// A warehouse system as the tests play it: a plain RabbitMQ client that reads its release queue and publishes its
/// confirmations to the events exchange with routing key <c>wms.LOC.inbound</c>, each confirmed by the broker. Like a
/// real WMS with at-least-once delivery it publishes a message again (same id) until the broker confirms it, reconnecting
/// while the broker is away.
/// </summary>
public sealed class TestWms(Uri broker) : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private IConnection? _connection;
    private IChannel? _channel;

    public int Reconnects { get; private set; }

    public Task PublishAsync(object message, string location)
        => PublishRawAsync(JsonSerializer.Serialize(message), $"wms.{location}.inbound",
            JsonDocument.Parse(JsonSerializer.Serialize(message)).RootElement.GetProperty("messageId").GetString());

    /// <summary>Publishes the bytes as they are (a poison message too), until the broker confirms them.</summary>
    public async Task PublishRawAsync(string body, string routingKey, string? messageId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var channel = await ChannelAsync();
                var properties = new BasicProperties { MessageId = messageId, ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent };
                await channel.BasicPublishAsync("oms.events", routingKey, mandatory: false, properties, Encoding.UTF8.GetBytes(body));
                return;
            }
            catch (Exception) when (clock.Elapsed < Patience)
            {
                // The broker is away or did not confirm: connect again and send the same message again.
                await DropAsync();
                Reconnects++;
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Takes <paramref name="count"/> messages off a location's release queue, waiting for them as long as it takes.</summary>
    public async Task<List<(string MessageId, string RoutingKey, JsonElement Body)>> TakeReleasesAsync(string location, int count)
    {
        var taken = new List<(string, string, JsonElement)>();
        var clock = Stopwatch.StartNew();
        while (taken.Count < count)
        {
            Assert.True(clock.Elapsed < Patience, $"Only {taken.Count} of {count} release messages arrived for {location}.");
            var channel = await ChannelAsync();
            if (await channel.BasicGetAsync($"wms.{location}.release", autoAck: true) is { } m)
                taken.Add((m.BasicProperties.MessageId!, m.RoutingKey, JsonDocument.Parse(m.Body).RootElement.Clone()));
            else
                await Task.Delay(50);
        }
        return taken;
    }

    /// <summary>Takes messages off a location's release queue until the one with <paramref name="messageId"/> comes.</summary>
    public async Task<(string MessageId, string RoutingKey, JsonElement Body)> TakeReleaseAsync(string location, string messageId)
    {
        while (true)
        {
            var next = (await TakeReleasesAsync(location, 1))[0];
            if (next.MessageId == messageId) return next;
        }
    }

    /// <summary>Ready messages in a queue (not those delivered and unacknowledged).</summary>
    public async Task<uint> CountAsync(string queue) => (await (await ChannelAsync()).QueueDeclarePassiveAsync(queue)).MessageCount;

    public async ValueTask DisposeAsync() => await DropAsync();

    private async Task<IChannel> ChannelAsync()
    {
        if (_channel is { IsOpen: true }) return _channel;
        await DropAsync();
        var factory = new ConnectionFactory { Uri = broker, AutomaticRecoveryEnabled = false, RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
        _connection = await factory.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true));
        return _channel;
    }

    private async Task DropAsync()
    {
        try
        {
            if (_channel is not null) await _channel.DisposeAsync();
            if (_connection is not null) await _connection.DisposeAsync();
        }
        catch (Exception)
        {
            // Already gone with the broker.
        }
        _channel = null;
        _connection = null;
    }
}
