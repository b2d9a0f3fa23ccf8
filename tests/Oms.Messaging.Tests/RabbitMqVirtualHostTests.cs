namespace Oms.Messaging.Tests;

/// <summary>The test broker's virtual hosts, which let tests use the production names without meeting.</summary>
[Collection(OwnedBrokerCollection.Name)]
public sealed class RabbitMqVirtualHostTests(OwnedBrokerFixture fixture)
{
    [Fact]
    public async Task Each_virtual_host_has_its_own_exchanges_and_queues()
    {
        var first = await fixture.Broker.CreateVirtualHostAsync("first");
        var second = await fixture.Broker.CreateVirtualHostAsync("second");
        // The default names, oms.events and oms.dead-letter, in both virtual hosts.
        Dictionary<string, string?> defaults = new()
        {
            ["Bus:RabbitMq:ExchangeName"] = "oms.events",
            ["Bus:RabbitMq:DeadLetterExchange"] = "oms.dead-letter",
            ["Bus:RabbitMq:DeadLetterQueue"] = "oms.dead-letter",
        };
        await using var one = new MessagingHost(first, defaults);
        await using var two = new MessagingHost(second, defaults);
        var inOne = await one.ConsumeAsync(await one.DeclareQueueAsync("orders", ["order.*"]));
        var inTwo = await two.ConsumeAsync(await two.DeclareQueueAsync("orders", ["order.*"]));

        await one.Publisher.PublishAsync(Events.Of("order.captured", id: "one-1"), CancellationToken.None);
        await two.Publisher.PublishAsync(Events.Of("order.captured", id: "two-1"), CancellationToken.None);
        await one.Publisher.PublishAsync(Events.Of("order.captured", id: "one-2"), CancellationToken.None);

        Assert.Equal(["one-1", "one-2"], (await inOne.WaitForAsync(2)).Select(m => m.MessageId));
        Assert.Equal(["two-1"], (await inTwo.WaitForAsync(1)).Select(m => m.MessageId));
        Assert.Single(inTwo.All);
        Assert.NotEqual(first.AbsolutePath, second.AbsolutePath);
    }
}
