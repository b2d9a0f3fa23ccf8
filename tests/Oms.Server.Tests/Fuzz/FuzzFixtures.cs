using Oms.Persistence;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// The OMS with the demo data behind a real Kestrel on a loopback port (headers and paths go through the HTTP parser
/// a deployment uses), with every log entry captured (the base fixture's log): a warning from the problem mapping's database safety net means a
/// validator is missing, and the sweep fails on it.
/// </summary>
public abstract class KestrelFixture : OmsFixture
{
    protected override bool OverKestrel => true;

    // The sweep sends thousands of requests from one address as fast as the machine allows: it tests what the OMS does with
    // bad input, not how it slows a flood (HardeningTests do), so the per-caller limit is set far above its pace.
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
        [new("Oms:RateLimits:PermitsPerSecond", "100000"), new("Oms:RateLimits:Burst", "100000")];
}

public sealed class KestrelSqliteFixture : KestrelFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class KestrelPostgresFixture : KestrelFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override async Task<string> CreateDatabaseAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_fuzz");
}
