using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Messaging.RabbitMq;
using Oms.Persistence;
using Oms.Server.Core.Outbox;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport;
using RabbitMQ.Client;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Events reach RabbitMQ as CloudEvents, once per event id, from any node, even when a node dies mid-delivery.</summary>
public abstract class BusPublicationTests(BusFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_order_s_events_arrive_on_the_bus_as_cloud_events_with_the_event_id_as_message_id()
    {
        var queue = await fx.BindQueueAsync("one-order");
        var order = await Api.CaptureAsync(Online(Ship("SKU-0020")));

        await fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None);

        var messages = await fx.ReadAllAsync(queue);
        var ids = await fx.EventIdsAsync(order.Id);
        Assert.Equal(ids.Order(), messages.Select(m => Guid.Parse(m.MessageId)).Order());
        var captured = Assert.Single(messages, m => m.RoutingKey == "order.captured");
        using var body = JsonDocument.Parse(captured.Body);
        var e = body.RootElement;
        Assert.Equal(("1.0", "com.oms.order.captured.v1", captured.MessageId), (e.GetProperty("specversion").GetString(), e.GetProperty("type").GetString(), e.GetProperty("id").GetString()));
        Assert.Equal(order.Id.ToString(), e.GetProperty("subject").GetString());
        Assert.Equal(order.Number, e.GetProperty("data").GetProperty("order").GetProperty("number").GetString());
        Assert.Contains(messages, m => m.RoutingKey == "line.allocated");
        Assert.Contains(messages, m => m.RoutingKey == "stock.changed");
    }

    [Fact]
    public async Task Two_nodes_draining_one_outbox_publish_every_event_exactly_once()
    {
        var queue = await fx.BindQueueAsync("two-nodes");
        var orders = new List<Guid>();
        for (var i = 0; i < 15; i++) orders.Add((await Api.CaptureAsync(Online(NewId($"BUS{i}"), $"bus{i}@example.com", Ship("SKU-0021")))).Id);
        await using var second = fx.SecondNode();

        await Task.WhenAll(
            fx.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None),
            second.Services.GetRequiredService<OutboxRelay>().DrainAsync(CancellationToken.None));

        var messages = await fx.ReadAllAsync(queue);
        var expected = new List<Guid>();
        foreach (var id in orders) expected.AddRange(await fx.EventIdsAsync(id));
        var received = messages.Select(m => Guid.Parse(m.MessageId)).ToList();
        // Every order event arrived, and none twice (the nodes claimed different deliveries).
        Assert.Empty(expected.Except(received));
        Assert.Equal(received.Count, received.Distinct().Count());
    }

    [Fact]
    public async Task A_node_that_dies_with_deliveries_claimed_loses_no_event_another_node_delivers_them_after_its_lease()
    {
        var queue = await fx.BindQueueAsync("dead-node");
        var order = await Api.CaptureAsync(Online(Ship("SKU-0022")));
        var relay = fx.Services.GetRequiredService<OutboxRelay>();
        // A node claims the due deliveries and dies before it marks any delivered.
        using (var scope = fx.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
            var now = fx.Clock.GetUtcNow().UtcDateTime;
            Assert.NotEmpty(await OutboxStore.ClaimDueAsync(db, "dead-node", now, now.AddMinutes(2), 1000, CancellationToken.None));
        }

        Assert.Equal(0, await relay.DrainAsync(CancellationToken.None));
        Assert.Empty(await fx.ReadAllAsync(queue));

        fx.Clock.Advance(TimeSpan.FromMinutes(3));
        await relay.DrainAsync(CancellationToken.None);

        var received = (await fx.ReadAllAsync(queue)).Select(m => Guid.Parse(m.MessageId)).ToList();
        Assert.Equal((await fx.EventIdsAsync(order.Id)).Order(), received.Order());
    }
}

public sealed class BusPublicationTests_Sqlite(BusSqliteFixture fx) : BusPublicationTests(fx), IClassFixture<BusSqliteFixture>;

public sealed class BusPublicationTests_Postgres(BusPostgresFixture fx) : BusPublicationTests(fx), IClassFixture<BusPostgresFixture>;

/// <summary>An OMS publishing to a virtual host of its own on the test RabbitMQ node.</summary>
public abstract class BusFixture : OmsFixture
{
    private Uri _bus = null!;

    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => [new("Bus:RabbitMq:Uri", _bus.ToString())];

    protected async Task<string> WithBusAsync(Task<string> database)
    {
        _bus = await (await RabbitMqBroker.GetSharedAsync()).CreateVirtualHostAsync("oms-bus");
        return await database;
    }

    /// <summary>A second server on the same database and bus (another node), relay loop off like the first.</summary>
    internal OmsApp SecondNode() => new(Provider, ConnectionString, Clock, Stripe.BaseUrl, Settings);

    /// <summary>A durable queue bound to every event type.</summary>
    public async Task<string> BindQueueAsync(string name)
    {
        var topology = Services.GetRequiredService<BusTopology>();
        await topology.DeclareAsync(CancellationToken.None);
        var queue = $"test-{name}-{Guid.NewGuid():N}"[..30];
        await topology.DeclareConsumerQueueAsync(new ConsumerQueue(queue, ["#"]), CancellationToken.None);
        return queue;
    }

    public async Task<List<(string MessageId, string RoutingKey, byte[] Body)>> ReadAllAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = _bus };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<(string, string, byte[])>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } m)
            messages.Add((m.BasicProperties.MessageId!, m.RoutingKey, m.Body.ToArray()));
        return messages;
    }

    /// <summary>The ids of the public events stored for an order.</summary>
    public async Task<List<Guid>> EventIdsAsync(Guid orderId)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var subject = orderId.ToString();
        var orderEvents = await db.OutboxEvents.AsNoTracking().Where(e => e.Subject == subject && !e.Internal).Select(e => e.Id).ToListAsync();
        var number = await db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).FirstAsync();
        // Stock events of the order's reservations carry the order number in their movements, not as subject.
        var stock = await db.OutboxEvents.AsNoTracking().Where(e => e.Type == "stock.changed" && e.Data.Contains(number)).Select(e => e.Id).ToListAsync();
        return [.. orderEvents, .. stock];
    }
}

public sealed class BusSqliteFixture : BusFixture
{
    private readonly TempSqliteFile _file = new();
    public override Oms.Persistence.DatabaseProvider Provider => Oms.Persistence.DatabaseProvider.Sqlite;
    protected override Task<string> CreateDatabaseAsync() => WithBusAsync(Task.FromResult(_file.ConnectionString));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class BusPostgresFixture : BusFixture
{
    public override Oms.Persistence.DatabaseProvider Provider => Oms.Persistence.DatabaseProvider.Postgres;
    protected override Task<string> CreateDatabaseAsync() => WithBusAsync(CreateAsync());

    private static async Task<string> CreateAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_bus");
}
