using Oms.Messaging.Bus;
using Oms.TestSupport;

namespace Oms.Messaging.Tests;

public sealed class RabbitMqDeadLetterTests
{
    [Fact]
    public async Task A_message_the_handler_rejects_lands_in_the_dead_letter_queue()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var host = new MessagingHost(broker.AmqpUri);
        var queue = await host.DeclareQueueAsync("wms", ["wms.*"]);
        var consumed = await host.ConsumeAsync(queue, m => m.MessageId == "bad" ? ConsumeResult.Reject : ConsumeResult.Ack);
        var deadLetters = await host.ConsumeAsync(host.DeadLetterQueue);

        await host.Publisher.PublishAsync(Events.Of("wms.shipment-confirmed", id: "bad"), CancellationToken.None);
        await host.Publisher.PublishAsync(Events.Of("wms.shipment-confirmed", id: "good"), CancellationToken.None);

        await consumed.WaitForAsync(2);
        var dead = await deadLetters.WaitForAsync(1);
        Assert.Equal("bad", dead[0].MessageId);
        Assert.Equal("wms.shipment-confirmed", dead[0].Type);
        Assert.True(dead[0].Headers.ContainsKey("x-death"), "the broker records why and where it dead-lettered the message");
        await Task.Delay(200);
        Assert.Single(deadLetters.All);
    }

    [Fact]
    public async Task A_message_retried_past_the_delivery_limit_is_dead_lettered()
    {
        var broker = await RabbitMqBroker.GetSharedAsync();
        await using var host = new MessagingHost(broker.AmqpUri);
        var queue = await host.DeclareQueueAsync("flaky", ["order.captured"], deliveryLimit: 2);
        var attempts = await host.ConsumeAsync(queue, _ => ConsumeResult.Retry);
        var deadLetters = await host.ConsumeAsync(host.DeadLetterQueue);

        await host.Publisher.PublishAsync(Events.Of("order.captured", id: "poison"), CancellationToken.None);

        var dead = await deadLetters.WaitForAsync(1);
        Assert.Equal("poison", dead[0].MessageId);
        // The first delivery and two redeliveries; the third requeue exceeds the limit of 2.
        Assert.Equal(3, attempts.All.Count);
        Assert.All(attempts.All.Skip(1), m => Assert.True(m.Redelivered));
    }
}
