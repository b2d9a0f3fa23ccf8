using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oms.Persistence;

namespace Oms.Benchmarks.Capture;

/// <summary>
/// The real server app (its Program, DI, middleware and endpoints) on Kestrel at 127.0.0.1 with a free port.
/// HTTP mode talks to the socket; in-process mode resolves the capture handler from <see cref="Services"/>.
/// Starting it migrates the database and seeds the demo data, as the app always does.
/// </summary>
internal sealed class OmsHost : WebApplicationFactory<Program>
{
    private readonly BenchDatabase _database;
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="connectionString">Another way to the same database (the round-trip counter's proxy); the database's own by default.</param>
    /// <param name="settings">More host settings (the relay off, ...).</param>
    /// <param name="services">More services (a statement counter's interceptor).</param>
    public OmsHost(BenchDatabase database, string? connectionString = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _database = database;
        _connectionString = connectionString ?? database.ConnectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    /// <summary>Counts the commands that lost a race and ran again, which say how contended a run was.</summary>
    public RetryCounter Retries { get; } = new();

    public Uri Address { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var options = Services.GetRequiredService<DatabaseOptions>();
        // A setting that arrived too late would have pointed the app at its default oms.db; refuse to measure that.
        if (options.ConnectionString != _connectionString || options.Provider != _database.Provider)
            throw new InvalidOperationException($"The host uses {options.Provider} '{options.ConnectionString}', not the benchmark database.");
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal));
    }

    /// <summary>
    /// The build output, which holds the server's appsettings.json. The factory would look for its manifest
    /// in the working directory and, run from the repository root, guess a content root that does not exist.
    /// </summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    /// <summary>
    /// Host configuration, not app configuration: the factory passes it to Program as command-line arguments,
    /// so Program sees it when it reads the connection string, before Build(), and it beats appsettings.json.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Oms"] = _connectionString,
            ["Database:Provider"] = _database.Provider.ToString(),
            ["Oms:SeedDemoData"] = "true",
            // The factory defaults to Development; measure what production runs.
            ["environment"] = "Production",
            // Per-request logs would cost more than some of what is measured; warnings still show.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // The sandbox card provider pays the benchmark's orders (it is on in appsettings.json; said here, not assumed).
            ["Payments:Sandbox:Enabled"] = "true",
            // One key drives every client here: the per-key rate limit (50/s by default) would measure the limit, not the
            // server. A retailer raises it for a busy channel's key the same way.
            ["Oms:RateLimits:Enabled"] = "false",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PingEndpoint>());
        if (_services is not null) builder.ConfigureServices(_services);
        return base.CreateHost(builder);
    }
}
