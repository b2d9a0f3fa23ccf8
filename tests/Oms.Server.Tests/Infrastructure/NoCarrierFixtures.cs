using Oms.Persistence;
using Oms.TestSupport;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>An OMS whose carrier has no keys (<c>Carriers:Sendcloud</c> left empty), as a retailer without a carrier runs it.</summary>
public sealed class NoCarrierSqliteFixture : OmsFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => NoCarrier.Settings;
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class NoCarrierPostgresFixture : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => NoCarrier.Settings;
    protected override async Task<string> CreateDatabaseAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_nocarrier");
}

internal static class NoCarrier
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Settings =
        [new("Carriers:Sendcloud:PublicKey", ""), new("Carriers:Sendcloud:SecretKey", "")];
}
