using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Oms.Persistence;
using Oms.TestSupport;
using Oms.TestSupport.StandIn;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// One OMS, hosted in memory over its real database, per test class: a fresh SQLite file or a fresh
/// PostgreSQL database in the shared throwaway cluster, migrated and filled with the demo data.
/// Time is a <see cref="FakeTimeProvider"/>, so expiry is tested without sleeping.
/// </summary>
public abstract class OmsFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private OmsApp? _app;

    public FakeTimeProvider Clock { get; } = new(Start);
    public abstract DatabaseProvider Provider { get; }
    public string ConnectionString { get; private set; } = "";
    public OmsClient Api { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;
    /// <summary>The local Stripe stand-in the OMS pays through, over real HTTP on loopback; shared by every test class.</summary>
    public StripeStandIn Stripe { get; private set; } = null!;
    /// <summary>
    /// The local Sendcloud stand-in the OMS gets return labels and collections from, over real HTTP on loopback; one per
    /// fixture, judging collection windows by the fixture's clock.
    /// </summary>
    public SendcloudStandIn Sendcloud { get; private set; } = null!;
    /// <summary>What the in-process OMS logged (information and up), so that a test can show the exception behind a 500.</summary>
    public LogCapture Log { get; } = new();

    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Settings a fixture variant changes, applied after the defaults (the standard fixtures change none).</summary>
    protected virtual IReadOnlyList<KeyValuePair<string, string>> Settings => [];

    /// <summary>Serve over Kestrel on a loopback port instead of the in-memory test server, so requests meet the real HTTP parser.</summary>
    protected virtual bool OverKestrel => false;

    /// <summary>Services a fixture variant adds to the host (a log capture, say), after the defaults.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        Stripe = await SharedStripe.Value;
        Sendcloud = new SendcloudStandIn { Clock = Clock };
        await Sendcloud.InitializeAsync();
        _app = new OmsApp(Provider, ConnectionString, Clock, Stripe.BaseUrl, [.. SendcloudSettings(Sendcloud), .. Settings], Log,
            ConfigureServices);
        if (OverKestrel)
        {
            _app.UseKestrel(0);
            _app.StartServer();
        }
        var adminKey = Settings.Any(s => s is { Key: "Oms:SeedDemoData", Value: "false" }) ? await FirstAdministratorKeyAsync() : null;
        AdminKey = adminKey ?? TestCredentials.AdminKey;
        Credentials = new TestCredentials(() => _app.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new DefaultCredential(AdminKey)));
        Api = new OmsClient(_app.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new DefaultCredential(AdminKey)), Credentials);
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (Sendcloud is not null) await Sendcloud.DisposeAsync();
        // The pool's idle connections would hold their slots in the shared cluster for minutes after the class is done.
        if (Provider == DatabaseProvider.Postgres && ConnectionString.Length > 0)
            await (await PostgresCluster.GetSharedAsync()).DisconnectAsync(ConnectionString);
    }

    public OmsClient NewClient() => new(_app!.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new DefaultCredential(AdminKey)), Credentials);

    /// <summary>The key the tests act with by default: the demo administrator's, or the one the first administrator made.</summary>
    public string AdminKey { get; private set; } = TestCredentials.AdminKey;

    /// <summary>
    /// Without demo data nobody can sign in: the first administrator is created as the README's command does it, signs in,
    /// and makes the key the tests act with, all through the API.
    /// </summary>
    private async Task<string> FirstAdministratorKeyAsync()
    {
        var created = await Oms.Server.Web.Access.AccessSeed.CreateAdminAsync(_app!.Services, "first-admin", "first-admin-password", default);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        using var http = _app.CreateDefaultClient();
        var signIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { userName = "first-admin", password = "first-admin-password" });
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/api-keys")
        {
            Content = JsonContent.Create(new { name = "tests", roles = new[] { "admin" } }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var key = await http.SendAsync(request);
        var text = await key.Content.ReadAsStringAsync();
        Assert.True(key.StatusCode == System.Net.HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>A client with no credential at all: what anyone who reaches the port gets.</summary>
    public HttpClient AnonymousClient() => _app!.CreateDefaultClient();

    /// <summary>A client with no credential that keeps cookies, as a browser does.</summary>
    public HttpClient AnonymousClientWithCookies() => _app!.CreateClient();

    /// <summary>Test users and keys, created through the API as the tests name them.</summary>
    public TestCredentials Credentials { get; private set; } = null!;

    /// <summary>Sendcloud as a retailer configures it: the integration's keys, an outbound and a return product and a carrier that collects.</summary>
    private static IEnumerable<KeyValuePair<string, string>> SendcloudSettings(SendcloudStandIn sendcloud) =>
    [
        new("Carriers:Sendcloud:PublicKey", SendcloudStandIn.PublicKey),
        new("Carriers:Sendcloud:SecretKey", SendcloudStandIn.SecretKey),
        new("Carriers:Sendcloud:BaseUrl", sendcloud.ApiUrl.ToString()),
        new("Carriers:Sendcloud:ReturnShippingMethodId", SendcloudStandIn.PostNlReturn.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Carriers:Sendcloud:OutboundShippingMethodId", SendcloudStandIn.PostNlStandard.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Carriers:Sendcloud:CollectionCarrier", "dhl"),
        new("Carriers:Sendcloud:Timeout", "00:00:03"),
    ];

    private static readonly Lazy<Task<StripeStandIn>> SharedStripe = new(async () =>
    {
        var standIn = new StripeStandIn();
        await standIn.InitializeAsync();
        return standIn;
    });
}

public class SqliteFixture : OmsFixture
{
    private string? _path;
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"oms-test-{Guid.NewGuid():N}.db");
        return Task.FromResult($"Data Source={_path}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (f is not null && File.Exists(f)) File.Delete(f);
    }
}

public class PostgresFixture : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string> CreateDatabaseAsync()
        => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_test");
}

internal sealed class OmsApp(DatabaseProvider provider, string connectionString, TimeProvider clock, Uri stripe,
    IReadOnlyList<KeyValuePair<string, string>>? settings = null, LogCapture? log = null,
    Action<IServiceCollection>? configure = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Oms", connectionString);
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Oms:SeedDemoData", "true");
        builder.UseSetting("Payments:Stripe:ApiKey", StripeStandIn.ApiKey);
        builder.UseSetting("Payments:Stripe:BaseUrl", stripe.ToString());
        builder.UseSetting("Payments:Stripe:Multicapture", "true");
        // Long enough for a loaded machine; a held stand-in answer still times out within a test.
        builder.UseSetting("Payments:Stripe:Timeout", "00:00:03");
        // The tests retry through the API at the moment they choose; a timer would race them.
        builder.UseSetting("Payments:RetryIntervalSeconds", "86400");
        // The tests run sweeps (pickup expiry, due releases) through the API at the moment they choose; a timer would race them.
        builder.UseSetting("Scheduler:Enabled", "false");
        // Likewise the relay's polling loop: inline work runs with each command, and a test drains the rest when it chooses
        // (OutboxRelay.DrainAsync), so that nothing happens behind a test's back when it moves the clock.
        builder.UseSetting("Outbox:RelayEnabled", "false");
        // Likewise the KPI warmer, whose timer runs on the fake clock: a test that moves the clock would set it computing the
        // default period behind the test's back. KpiFreshnessTests turn it on to show that it warms.
        builder.UseSetting("Oms:Kpis:WarmDefault", "false");
        // The tests move the clock by days (pickup expiry, reminders): a user's token outlives them, as a key would.
        builder.UseSetting("Oms:Auth:TokenMinutes", "1000000");
        // The concurrency tests fire hundreds of requests at once through one channel's key, which the default limit
        // (burst 200, 50/s) would throttle: a retailer raises it for such a key in the same way. The default limits are
        // tested with their own fixtures (DefaultLimits*Fixture, HardeningFixtures).
        builder.UseSetting("Oms:RateLimits:PermitsPerSecond", "5000");
        builder.UseSetting("Oms:RateLimits:Burst", "20000");
        // The customer's public endpoints (order status, returns) share the sign-in bucket per address, and a test class
        // sends them more than ten times a minute from one address; HardeningFixtures test that limit.
        builder.UseSetting("Oms:RateLimits:SignInPerMinute", "600");
        foreach (var (key, value) in settings ?? []) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
            if (log is not null) services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(log);
            configure?.Invoke(services);
        });
    }
}

/// <summary>The standard SQLite fixture with the rate limits as a server ships them (burst 200, 50 a second per caller).</summary>
public sealed class DefaultLimitsSqliteFixture : OmsFixture
{
    private string? _path;
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
        [new("Oms:RateLimits:PermitsPerSecond", "50"), new("Oms:RateLimits:Burst", "200")];

    protected override Task<string> CreateDatabaseAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"oms-test-{Guid.NewGuid():N}.db");
        return Task.FromResult($"Data Source={_path}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (f is not null && File.Exists(f)) File.Delete(f);
    }
}

/// <summary>The standard PostgreSQL fixture with the rate limits as a server ships them.</summary>
public sealed class DefaultLimitsPostgresFixture : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
        [new("Oms:RateLimits:PermitsPerSecond", "50"), new("Oms:RateLimits:Burst", "200")];

    protected override async Task<string> CreateDatabaseAsync()
        => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_test");
}

