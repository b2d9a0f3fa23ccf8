using Oms.TestSupport;

namespace Oms.Messaging.Tests;

/// <summary>A RabbitMQ node of the test class's own, for tests that stop, restart or throttle the broker.</summary>
public sealed class OwnedBrokerFixture : IAsyncLifetime
{
    private RabbitMqBroker? _broker;

    public RabbitMqBroker Broker => _broker ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _broker = await RabbitMqBroker.StartLocalAsync();

    public async Task DisposeAsync()
    {
        if (_broker is not null)
            await _broker.DisposeAsync();
    }
}
