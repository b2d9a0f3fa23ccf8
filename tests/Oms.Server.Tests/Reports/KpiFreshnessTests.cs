using System.Globalization;
using System.Net;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Kpis;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Tests.Returns;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests.Reports;

/// <summary>
/// The KPIs are a snapshot per filter, at most <c>Oms:Kpis:MaxAgeSeconds</c> (60) old on the fixture's clock: within that a
/// second request answers the same figures and <c>asOf</c> although an order came in; <c>Cache-Control: no-cache</c> (or
/// <c>max-age=0</c>) has them computed anew and replaces the snapshot; once it is older they are computed again. The CSV
/// tables answer from the same snapshot by the same rules. Each test has a channel of its own, so no other test's
/// snapshot is involved.
/// </summary>
public abstract class KpiFreshnessTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;
    private const string Analyst = "analyst:alex";

    [Fact]
    public async Task Within_the_freshness_the_same_snapshot_answers_and_no_cache_computes_anew()
    {
        var (channel, sku, from) = await ChannelAsync();
        await CaptureAsync(channel, sku);

        var first = await KpisAsync(channel, from);
        Assert.Equal(1, first.Orders);
        Assert.Equal(fx.Clock.GetUtcNow().UtcDateTime, first.AsOf);
        Assert.Contains("no-cache", first.Definitions["asOf"], StringComparison.Ordinal);

        fx.Clock.Advance(TimeSpan.FromSeconds(20));
        await CaptureAsync(channel, sku);
        var again = await KpisAsync(channel, from);
        Assert.Equal((1, first.AsOf), (again.Orders, again.AsOf));
        Assert.Contains("orders,1,,", await CsvAsync(channel, from, "rates"));

        // Asked for fresh figures: the new order counts, asOf is now, and the snapshot is replaced for everyone.
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        var fresh = await KpisAsync(channel, from, "no-cache");
        Assert.Equal((2, fx.Clock.GetUtcNow().UtcDateTime), (fresh.Orders, fresh.AsOf));
        var after = await KpisAsync(channel, from);
        Assert.Equal((2, fresh.AsOf), (after.Orders, after.AsOf));
        Assert.Contains("orders,2,,", await CsvAsync(channel, from, "rates"));

        // max-age=0 asks the same.
        await CaptureAsync(channel, sku);
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        var zero = await KpisAsync(channel, from, "max-age=0");
        Assert.Equal((3, fx.Clock.GetUtcNow().UtcDateTime), (zero.Orders, zero.AsOf));
    }

    [Fact]
    public async Task Figures_older_than_the_freshness_are_computed_again()
    {
        var (channel, sku, from) = await ChannelAsync();
        await CaptureAsync(channel, sku);
        var first = await KpisAsync(channel, from);
        Assert.Equal(1, first.Orders);

        await CaptureAsync(channel, sku);
        fx.Clock.Advance(TimeSpan.FromSeconds(60));
        var atTheLimit = await KpisAsync(channel, from);
        Assert.Equal((1, first.AsOf), (atTheLimit.Orders, atTheLimit.AsOf));

        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = await KpisAsync(channel, from);
        Assert.Equal((2, fx.Clock.GetUtcNow().UtcDateTime), (later.Orders, later.AsOf));

        // A request may accept less than the server's freshness (max-age in seconds).
        await CaptureAsync(channel, sku);
        fx.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(2, (await KpisAsync(channel, from, "max-age=30")).Orders);
        Assert.Equal(3, (await KpisAsync(channel, from, "max-age=10")).Orders);
    }

    [Fact]
    public async Task The_csv_tables_follow_the_same_rules()
    {
        var (channel, sku, from) = await ChannelAsync();
        await CaptureAsync(channel, sku);
        Assert.Contains("orders,1,,", await CsvAsync(channel, from, "rates"));

        await CaptureAsync(channel, sku);
        fx.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Contains("orders,1,,", await CsvAsync(channel, from, "rates"));
        Assert.Equal(1, (await KpisAsync(channel, from)).Orders);
        Assert.Contains("orders,2,,", await CsvAsync(channel, from, "rates", "no-cache"));
        Assert.Equal(2, (await KpisAsync(channel, from)).Orders);

        await CaptureAsync(channel, sku);
        fx.Clock.Advance(TimeSpan.FromSeconds(61));
        var day = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"{day},{channel},3,", (await CsvAsync(channel, from, "orders-by-day"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_period_the_last_thirty_days_today_included_are_one_filter_all_day()
    {
        var k = await Api.ExpectAsync<KpiReport>(await Api.SendAsync(HttpMethod.Get, "/api/kpis", actor: Analyst), HttpStatusCode.OK);
        var today = fx.Clock.GetUtcNow().UtcDateTime.Date;
        Assert.Equal((today.AddDays(-29), today.AddDays(1)), (k.From, k.To));
        fx.Clock.Advance(TimeSpan.FromSeconds(5));
        var again = await Api.ExpectAsync<KpiReport>(await Api.SendAsync(HttpMethod.Get, "/api/kpis", actor: Analyst), HttpStatusCode.OK);
        Assert.Equal((k.From, k.To, k.AsOf), (again.From, again.To, again.AsOf));
    }

    private async Task<(string Channel, string Sku, DateTime From)> ChannelAsync()
    {
        var channel = ReferenceData.Code("KPF");
        await Api.PutAsync<ChannelResponse>($"/api/channels/{channel}", ReferenceData.Channel(channel));
        var sku = await ReturnSteps.NewSkuAsync(Api, 50);
        return (channel, sku, fx.Clock.GetUtcNow().UtcDateTime.Date);
    }

    private async Task CaptureAsync(string channel, string sku)
        => await Api.CaptureAsync(Online(NewId("KPF"), "kpf@example.com", Ship(sku, 1, 10m)) with { Channel = channel });

    private async Task<HttpResponseMessage> GetAsync(string url, string? cacheControl)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cacheControl is not null) request.Headers.Add("Cache-Control", cacheControl);
        await Api.AuthenticateAsync(request, Analyst);
        return await Api.Http.SendAsync(request);
    }

    private async Task<KpiReport> KpisAsync(string channel, DateTime from, string? cacheControl = null)
        => await Api.ExpectAsync<KpiReport>(await GetAsync(Url("/api/kpis", channel, from), cacheControl), HttpStatusCode.OK);

    private async Task<string[]> CsvAsync(string channel, DateTime from, string table, string? cacheControl = null)
    {
        var response = await GetAsync(Url($"/api/kpis/{table}.csv", channel, from), cacheControl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The test's channel over its day and the next (the clock moves by minutes at most).</summary>
    private static string Url(string path, string channel, DateTime from)
        => $"{path}?channel={channel}&from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}" +
            $"&to={Uri.EscapeDataString(from.AddDays(2).ToString("O", CultureInfo.InvariantCulture))}";
}

public sealed class KpiFreshnessTests_Sqlite(SqliteFixture fx) : KpiFreshnessTests(fx), IClassFixture<SqliteFixture>;

public sealed class KpiFreshnessTests_Postgres(PostgresFixture fx) : KpiFreshnessTests(fx), IClassFixture<PostgresFixture>;

/// <summary>
/// The warmer keeps the default period (the dashboard's last 30 days) computed on its own: with it on, a snapshot that
/// nobody asked to refresh is replaced every half of the freshness (30 seconds on the fixture's clock), new orders included.
/// </summary>
public abstract class KpiWarmerTests(OmsFixture fx)
{
    [Fact]
    public async Task The_default_period_is_recomputed_every_half_freshness_without_anyone_asking()
    {
        var api = fx.Api;
        var s0 = await DefaultAsync(api);

        var channel = ReferenceData.Code("KPW");
        await api.PutAsync<ChannelResponse>($"/api/channels/{channel}", ReferenceData.Channel(channel));
        var sku = await ReturnSteps.NewSkuAsync(api, 5);
        await api.CaptureAsync(Online(NewId("KPW"), "kpw@example.com", Ship(sku, 1, 10m)) with { Channel = channel });

        // Still fresh (at most 60 s old), so only the warmer can replace it: at the next half minute, without a request.
        fx.Clock.Advance(TimeSpan.FromSeconds(31));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var k = s0;
        while (k.AsOf == s0.AsOf && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            k = await DefaultAsync(api);
        }
        Assert.True(k.AsOf > s0.AsOf, $"The snapshot of {s0.AsOf:O} was not recomputed by the warmer.");
        Assert.Contains(k.OrdersByDay, d => d.Channel == channel && d.Orders == 1);
        Assert.DoesNotContain(s0.OrdersByDay, d => d.Channel == channel);
    }

    private static async Task<KpiReport> DefaultAsync(OmsClient api)
        => await api.ExpectAsync<KpiReport>(await api.SendAsync(HttpMethod.Get, "/api/kpis", actor: "analyst:alex"), HttpStatusCode.OK);
}

/// <summary>The standard SQLite fixture with the KPI warmer on, as a server ships.</summary>
public sealed class KpiWarmerSqliteFixture : SqliteFixture
{
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => [new("Oms:Kpis:WarmDefault", "true")];
}

/// <summary>The standard PostgreSQL fixture with the KPI warmer on, as a server ships.</summary>
public sealed class KpiWarmerPostgresFixture : PostgresFixture
{
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => [new("Oms:Kpis:WarmDefault", "true")];
}

public sealed class KpiWarmerTests_Sqlite(KpiWarmerSqliteFixture fx) : KpiWarmerTests(fx), IClassFixture<KpiWarmerSqliteFixture>;

public sealed class KpiWarmerTests_Postgres(KpiWarmerPostgresFixture fx) : KpiWarmerTests(fx), IClassFixture<KpiWarmerPostgresFixture>;
