using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Oms.Persistence;
using Oms.TestSupport;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// The OMS behind a real Kestrel (its body limit, its headers) with low rate limits (<see cref="Burst"/> requests, then one per
/// 100 s, per caller; <see cref="SignInPerMinute"/> sign-in attempts per address and user name), one allowed CORS origin, and a
/// route behind the whole pipeline that fails as a bug would, for the 500 path. The fixture's client carries the demo
/// administrator's key (<see cref="OmsFixture.AdminKey"/>), whose one bucket pays for every key a test creates and every
/// request that must get through (about ten in all): <see cref="Burst"/> leaves room for that, and each test counts down
/// buckets of its own (its own keys, tokens and user names).
/// </summary>
public abstract class HardeningFixture : OmsFixture
{
    public const string AllowedOrigin = "https://console.example.com";
    public const string FailingRoute = "/test-only/fails";
    public const int Burst = 20;
    public const int SignInPerMinute = 3;

    protected override bool OverKestrel => true;

    protected override IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("Oms:RateLimits:PermitsPerSecond", "0.01"),
        new("Oms:RateLimits:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Oms:RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Oms:Cors:AllowedOrigins:0", AllowedOrigin),
    ];

    protected override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<IStartupFilter>(new FailingRouteFilter());

    private sealed class FailingRouteFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (http, rest) =>
            {
                if (http.Request.Path == FailingRoute) throw new InvalidOperationException("a bug");
                await rest(http);
            });
        };
    }
}

public sealed class HardeningSqliteFixture : HardeningFixture
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

public sealed class HardeningPostgresFixture : HardeningFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override async Task<string> CreateDatabaseAsync()
        => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_hardening");
}
