using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Connectors;
using Oms.Persistence;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport;

namespace Oms.Server.Tests.Warehouse;

/// <summary>
/// An OMS whose 3PL (DC-3PL-TLB) and one store (STORE-HLM) are served over RabbitMQ, on a broker node of the fixture's own:
/// the restart test stops and starts it, which no other test may feel. The client reconnects every second.
/// </summary>
public abstract class WmsFixture : OmsFixture
{
    public const string ThirdParty = "DC-3PL-TLB";
    public const string Store = "STORE-HLM";

    public RabbitMqBroker Broker { get; private set; } = null!;
    public Uri BusUri { get; private set; } = null!;

    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("Bus:RabbitMq:Uri", BusUri.ToString()),
        new("Bus:RabbitMq:RecoveryInterval", "00:00:01"),
        new("Warehouse:Locations:0", ThirdParty),
        new("Warehouse:Locations:1", Store),
        new("Warehouse:RetryDelay", "00:00:00.200"),
    ];

    protected async Task<string> WithBrokerAsync(Task<string> database)
    {
        Broker = await RabbitMqBroker.StartLocalAsync();
        BusUri = await Broker.CreateVirtualHostAsync("oms-wms");
        return await database;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Broker is not null) await Broker.DisposeAsync();
    }

    /// <summary>The inbox's messages from a location, as stored.</summary>
    public async Task<List<InboundMessage>> InboxAsync(string location)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var source = "wms:" + location;
        return await db.InboundMessages.AsNoTracking().Where(m => m.Source == source).ToListAsync();
    }

    public async Task<InboundMessage?> InboxMessageAsync(string location, string messageId)
        => (await InboxAsync(location)).SingleOrDefault(m => m.DedupKey == messageId);
}

public sealed class WmsSqliteFixture : WmsFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override Task<string> CreateDatabaseAsync() => WithBrokerAsync(Task.FromResult(_file.ConnectionString));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class WmsPostgresFixture : WmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override Task<string> CreateDatabaseAsync() => WithBrokerAsync(CreateAsync());

    private static async Task<string> CreateAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_wms");
}
