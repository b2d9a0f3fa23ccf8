using System.Text;
using Oms.Messaging.Bus;
using Oms.TestSupport;
using RabbitMQ.Client;

namespace Oms.Messaging.Tests;

public sealed class RabbitMqPublishingTests
{
    [Fact]
    public async Task A_published_event_arrives_at_a_bound_quorum_queue_with_id_type_body_and_persistence()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var host = new MessagingHost(broker.AmqpUri);
        var queue = await host.DeclareQueueAsync("orders", ["order.*"]);
        var deliveries = await host.ConsumeAsync(queue);
        var occurredAt = new DateTime(2026, 3, 1, 12, 30, 15, DateTimeKind.Utc);
        var sent = Events.Of("order.captured") with
        {
            Timestamp = occurredAt,
            CorrelationId = "corr-42",
            Headers = new Dictionary<string, string> { ["order-id"] = "OMS-7KQ2M9XD4P" },
        };

        await host.Publisher.PublishAsync(sent, CancellationToken.None);

        var received = (await deliveries.WaitForAsync(1))[0];
        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal("order.captured", received.Type);
        Assert.Equal("order.captured", received.RoutingKey);
        Assert.Equal(Encoding.UTF8.GetString(sent.Body.Span), Encoding.UTF8.GetString(received.Body.Span));
        Assert.True(received.Persistent);
        Assert.Equal("application/cloudevents+json; charset=utf-8", received.ContentType);
        Assert.Equal("corr-42", received.CorrelationId);
        Assert.Equal(occurredAt, received.Timestamp);
        Assert.Equal("OMS-7KQ2M9XD4P", received.Header("order-id"));
    }

    [Fact]
    public async Task A_queue_receives_only_the_event_types_its_patterns_match()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var host = new MessagingHost(broker.AmqpUri);
        var queue = await host.DeclareQueueAsync("shipping", ["fulfilment-order.#", "order.cancelled"]);
        var deliveries = await host.ConsumeAsync(queue);

        string[] types = ["order.captured", "fulfilment-order.shipped", "order.cancelled", "stock.changed", "fulfilment-order.line.picked"];
        foreach (var type in types)
            await host.Publisher.PublishAsync(Events.Of(type), CancellationToken.None);
        // One queue keeps publishing order: once this last match arrives, every earlier match has too.
        await host.Publisher.PublishAsync(Events.Of("fulfilment-order.delivered"), CancellationToken.None);

        var received = await deliveries.WaitForAsync(4);
        Assert.Equal(["fulfilment-order.shipped", "order.cancelled", "fulfilment-order.line.picked", "fulfilment-order.delivered"],
            received.Select(m => m.Type));
        Assert.Equal(4, deliveries.All.Count);
    }

    [Fact]
    public async Task A_publish_the_broker_refuses_throws_as_nacked()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var host = new MessagingHost(broker.AmqpUri);
        await host.Topology.DeclareAsync(CancellationToken.None);
        // A queue that holds one message and refuses more: the broker nacks a publish routed to it when full.
        var connection = await host.Connections.GetConnectionAsync(CancellationToken.None);
        await using (var channel = await connection.CreateChannelAsync())
        {
            var arguments = new Dictionary<string, object?> { ["x-max-length"] = 1, ["x-overflow"] = "reject-publish" };
            await channel.QueueDeclareAsync(host.Prefix + ".full", durable: true, exclusive: false, autoDelete: false, arguments);
            await channel.QueueBindAsync(host.Prefix + ".full", host.Prefix + ".events", "order.captured");
        }

        await host.Publisher.PublishAsync(Events.Of("order.captured"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<BusPublishException>(
            () => host.Publisher.PublishAsync(Events.Of("order.captured"), CancellationToken.None));

        Assert.Equal(BusPublishFailure.Nacked, refused.Failure);
    }
}
