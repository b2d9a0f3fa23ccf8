using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Oms.ApiClient.Tests;

/// <summary>An OMS hosted in memory over a fresh SQLite file with the demo data, as the API page's examples expect.</summary>
public sealed class OmsServer : WebApplicationFactory<Program>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"oms-client-test-{Guid.NewGuid():N}.db");

    /// <summary>The generated client, talking to this server.</summary>
    public OmsApiClient Client()
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", Oms.Server.Demo.DemoAccess.Admin.Key);
        return new(http);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Oms", $"Data Source={_path}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Oms:SeedDemoData", "true");
        builder.UseSetting("Payments:Sandbox:Enabled", "true");
        builder.UseSetting("Scheduler:Enabled", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}
