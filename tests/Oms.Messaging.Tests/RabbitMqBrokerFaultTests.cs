using System.Diagnostics;
using Oms.Messaging.Bus;

namespace Oms.Messaging.Tests;

/// <summary>The broker going away under a running publisher and consumer. Runs on a node of its own.</summary>
[Collection(OwnedBrokerCollection.Name)]
public sealed class RabbitMqBrokerFaultTests(OwnedBrokerFixture fixture)
{
    [Fact]
    public async Task Publisher_and_consumer_carry_on_after_the_broker_restarts()
    {
        var broker = fixture.Broker;
        await using var host = new MessagingHost(broker.AmqpUri);
        var liveQueue = await host.DeclareQueueAsync("live", ["restart.live"]);
        var keptQueue = await host.DeclareQueueAsync("kept", ["restart.kept"]);
        var live = await host.ConsumeAsync(liveQueue);
        await host.Publisher.PublishAsync(Events.Of("restart.live", id: "before"), CancellationToken.None);
        await host.Publisher.PublishAsync(Events.Of("restart.kept", id: "kept"), CancellationToken.None);
        await live.WaitForAsync(1);

        await broker.StopNodeAsync();
        var whileDown = await Assert.ThrowsAsync<BusPublishException>(
            () => host.Publisher.PublishAsync(Events.Of("restart.live", id: "while-down"), CancellationToken.None));
        await broker.StartNodeAsync();
        // As the outbox relay does: retry until the client has reconnected.
        var attempts = await PublishUntilConfirmedAsync(host.Publisher, Events.Of("restart.live", id: "after"), TimeSpan.FromSeconds(30));

        Assert.Equal(BusPublishFailure.Unavailable, whileDown.Failure);
        Assert.True(attempts >= 1);
        var received = await live.WaitForAsync(2, TimeSpan.FromSeconds(30));
        Assert.Equal(["before", "after"], received.Select(m => m.MessageId));
        // The message confirmed before the restart was persisted in its quorum queue.
        var kept = await host.ConsumeAsync(keptQueue);
        Assert.Equal("kept", (await kept.WaitForAsync(1))[0].MessageId);
    }

    [Fact]
    public async Task A_publish_the_broker_does_not_confirm_in_time_throws_as_timed_out()
    {
        var broker = fixture.Broker;
        await using var host = new MessagingHost(broker.AmqpUri, new() { ["Bus:RabbitMq:PublishTimeout"] = "00:00:01.500" });
        await host.Publisher.PublishAsync(Events.Of("throttle.warm-up"), CancellationToken.None);
        // A memory alarm at a 0 watermark blocks every publishing connection: the broker stops reading them.
        await broker.RunCtlAsync(["set_vm_memory_high_watermark", "0"]);
        try
        {
            var clock = Stopwatch.StartNew();
            var blocked = await Assert.ThrowsAsync<BusPublishException>(
                () => host.Publisher.PublishAsync(Events.Of("throttle.blocked"), CancellationToken.None));

            Assert.Equal(BusPublishFailure.TimedOut, blocked.Failure);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(10));
        }
        finally
        {
            await broker.RunCtlAsync(["set_vm_memory_high_watermark", "0.4"]);
        }
    }

    private static async Task<int> PublishUntilConfirmedAsync(IBusPublisher publisher, BusMessage message, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await publisher.PublishAsync(message, CancellationToken.None);
                return attempt;
            }
            catch (BusPublishException) when (clock.Elapsed < budget)
            {
                await Task.Delay(250);
            }
        }
    }
}
