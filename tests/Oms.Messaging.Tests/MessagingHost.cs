using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oms.Messaging.Bus;
using Oms.Messaging.RabbitMq;

namespace Oms.Messaging.Tests;

/// <summary>
/// The messaging adapters built the way the server builds them (AddOmsMessaging over configuration), pointed at a test
/// broker with exchange and queue names of their own, so that tests sharing a broker do not meet.
/// </summary>
internal sealed class MessagingHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<RabbitMqConsumer> _consumers = [];

    public MessagingHost(Uri amqpUri, Dictionary<string, string?>? settings = null)
    {
        Prefix = "t" + Guid.NewGuid().ToString("N")[..10];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bus:RabbitMq:Uri"] = amqpUri.ToString(),
                ["Bus:RabbitMq:ExchangeName"] = Prefix + ".events",
                ["Bus:RabbitMq:DeadLetterExchange"] = Prefix + ".dlx",
                ["Bus:RabbitMq:DeadLetterQueue"] = Prefix + ".dead-letter",
                ["Bus:RabbitMq:ClientName"] = "oms-tests",
                ["Bus:RabbitMq:RecoveryInterval"] = "00:00:00.500",
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        _services = new ServiceCollection().AddLogging().AddOmsMessaging(configuration).BuildServiceProvider();
    }

    /// <summary>Unique to this host: its exchanges and queues start with it.</summary>
    public string Prefix { get; }

    public string DeadLetterQueue => Prefix + ".dead-letter";

    public IBusPublisher Publisher => _services.GetRequiredService<IBusPublisher>();

    public BusTopology Topology => _services.GetRequiredService<BusTopology>();

    public RabbitMqConnectionSource Connections => _services.GetRequiredService<RabbitMqConnectionSource>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Declares a consumer queue named <c>{Prefix}.{name}</c> bound to <paramref name="routingKeys"/>.</summary>
    public async Task<string> DeclareQueueAsync(string name, string[] routingKeys, int deliveryLimit = 5)
    {
        var queue = $"{Prefix}.{name}";
        await Topology.DeclareConsumerQueueAsync(new ConsumerQueue(queue, routingKeys, deliveryLimit), CancellationToken.None);
        return queue;
    }

    /// <summary>Consumes <paramref name="queue"/>, recording each delivery and settling it as <paramref name="decide"/> says.</summary>
    public async Task<Deliveries> ConsumeAsync(string queue, Func<ReceivedBusMessage, ConsumeResult>? decide = null)
    {
        var deliveries = new Deliveries();
        var consumer = new RabbitMqConsumer(Connections, queue, prefetch: 10, (message, _) =>
        {
            deliveries.Add(message);
            return Task.FromResult(decide?.Invoke(message) ?? ConsumeResult.Ack);
        }, _services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RabbitMqConsumer>>());
        await consumer.StartAsync(CancellationToken.None);
        _consumers.Add(consumer);
        return deliveries;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var consumer in _consumers)
            await consumer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
