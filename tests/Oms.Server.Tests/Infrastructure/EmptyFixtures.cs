using Oms.Persistence;
using Oms.TestSupport;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// An OMS started as a retailer starts it: without the demo data (<c>Oms:SeedDemoData=false</c>), so that everything
/// it knows comes through its API. Import jobs run in the background, as on any node.
/// </summary>
public sealed class EmptySqliteFixture : OmsFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => EmptySettings.WithWorker;
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class EmptyPostgresFixture : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => EmptySettings.WithWorker;
    protected override async Task<string> CreateDatabaseAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_empty");
}

/// <summary>
/// An empty OMS node that serves the API but runs no import jobs (<c>Oms:Imports:RunWorker=false</c>): the tests play
/// the worker nodes, claiming and stepping through jobs batch by batch.
/// </summary>
public sealed class ApiOnlySqliteFixture : OmsFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => EmptySettings.WithoutWorker;
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public sealed class ApiOnlyPostgresFixture : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => EmptySettings.WithoutWorker;
    protected override async Task<string> CreateDatabaseAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_apionly");
}

internal static class EmptySettings
{
    /// <summary>Small batches, so that a file of a few rows takes several.</summary>
    public const int BatchSize = 2;

    public static readonly IReadOnlyList<KeyValuePair<string, string>> WithWorker =
    [
        new("Oms:SeedDemoData", "false"),
        new("Oms:Imports:BatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, string>> WithoutWorker = [.. WithWorker, new("Oms:Imports:RunWorker", "false")];
}

/// <summary>A throwaway SQLite database file and its WAL companions.</summary>
internal sealed class TempSqliteFile
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"oms-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
