using Oms.TestSupport;

namespace Oms.Messaging.Tests;

/// <summary>
/// A RabbitMQ node started for the tests of <see cref="OwnedBrokerCollection"/> alone, whatever OMS_TEST_RABBITMQ says:
/// they stop, restart, throttle or administer it, which the broker shared by the other tests must not see.
/// </summary>
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

/// <summary>The test classes that share <see cref="OwnedBrokerFixture"/>'s node; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class OwnedBrokerCollection : ICollectionFixture<OwnedBrokerFixture>
{
    public const string Name = "RabbitMQ node of its own";
}
