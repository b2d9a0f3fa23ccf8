using System.Net;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Network;
using Oms.Server.Features.Payments;
using Oms.Server.Features.Release;
using Oms.Server.Tests.Infrastructure;
using Oms.TestSupport;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Workflows that run to the end: release to the location after the cancellation window, at once, or at its cut-off.</summary>
public abstract class WorkflowReleaseTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_order_goes_to_its_location_by_itself_once_the_cancellation_window_has_passed()
    {
        await Api.StockOnlyAtAsync("SKU-0026", ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0026")));
        Assert.Equal(LineStatus.Allocated, order.Lines[0].Status);
        Assert.Equal(fx.Clock.GetUtcNow().UtcDateTime.AddMinutes(15), order.ReleaseAfter);

        fx.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain(order.Number, (await Sweep()).Orders);

        fx.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Contains(order.Number, (await Sweep()).Orders);
        order = await Api.GetOrderAsync(order.Number);
        Assert.Equal(LineStatus.Released, order.Lines[0].Status);
        Assert.Contains(order.Timeline, t => t.Type == "line.released" && t.Actor == "system:workflow");
    }

    [Fact]
    public async Task A_manual_release_hold_keeps_the_order_until_a_person_lets_it_go()
    {
        await SaveWorkflows("""
            { "entries": [ { "name": "default", "steps": ["validation", "sourcing", "release"], "holds": [ { "type": "manualRelease" } ] } ] }
            """);
        try
        {
            await Api.StockOnlyAtAsync("SKU-0027", ("DC-CENTRAL", 5));
            var order = await Api.CaptureAsync(Online(Ship("SKU-0027")));
            Assert.Contains(order.Holds!, h => h.Active && h.Kind == HoldKind.ManualRelease);

            fx.Clock.Advance(TimeSpan.FromHours(1));
            Assert.DoesNotContain(order.Number, (await Sweep()).Orders);

            // Lifting the hold resumes the workflow: the window has passed, so the order goes at once.
            order = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/holds/manualRelease/release",
                new LiftHoldRequest("checked the engraving text"), "agent:anna"), HttpStatusCode.OK);
            Assert.Equal(LineStatus.Released, order.Lines[0].Status);
        }
        finally
        {
            await SaveWorkflows("""{ "entries": [ { "name": "default", "steps": ["validation", "fraudCheck", "paymentAuthorisation", "sourcing", "release"] } ] }""");
        }
    }

    private async Task<ReleaseSweepResponse> Sweep()
        => await Api.ExpectAsync<ReleaseSweepResponse>(await Api.PostAsync("/api/fulfilment-orders/release-due"), HttpStatusCode.OK);

    private async Task SaveWorkflows(string json)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Api.Http.PutAsync("/api/configuration/order-workflows", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class WorkflowReleaseTests_Sqlite(SqliteFixture fx) : WorkflowReleaseTests(fx), IClassFixture<SqliteFixture>;

public sealed class WorkflowReleaseTests_Postgres(PostgresFixture fx) : WorkflowReleaseTests(fx), IClassFixture<PostgresFixture>;

/// <summary>The release modes other than the default window, each on an OMS configured for it.</summary>
public abstract class ReleaseModeTests(OmsFixture fx)
{
    protected OmsClient Api => fx.Api;
    protected OmsFixture Fx => fx;
}

public abstract class ImmediateReleaseTests(OmsFixture fx) : ReleaseModeTests(fx)
{
    [Fact]
    public async Task With_immediate_release_an_allocated_order_goes_to_its_location_at_capture()
    {
        await Api.StockOnlyAtAsync("SKU-0028", ("DC-CENTRAL", 5));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0028")));

        Assert.Equal(LineStatus.Released, order.Lines[0].Status);
    }
}

public abstract class CutOffReleaseTests(OmsFixture fx) : ReleaseModeTests(fx)
{
    [Fact]
    public async Task With_cut_off_release_orders_go_to_the_DC_in_a_wave_at_its_cut_off()
    {
        var dc = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync("/api/locations/DC-CENTRAL"), HttpStatusCode.OK);
        var update = new LocationRequest(dc.Code, dc.Name, dc.Type, dc.SizeClass, dc.Latitude, dc.Longitude, dc.Capabilities,
            TimeZone: "Europe/Amsterdam", CutOffTime: "17:00");
        await Api.ExpectAsync<LocationResponse>(await Api.SendAsync(HttpMethod.Put, "/api/locations/DC-CENTRAL", update, "admin:olga"), HttpStatusCode.OK);
        await Api.StockOnlyAtAsync("SKU-0029", ("DC-CENTRAL", 5));
        // 09:00 UTC is 10:00 in Amsterdam: today's 17:00 cut-off is 16:00 UTC.
        var order = await Api.CaptureAsync(Online(Ship("SKU-0029")));

        Fx.Clock.Advance(TimeSpan.FromHours(1));
        Assert.DoesNotContain(order.Number, (await Sweep()).Orders);
        Fx.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));
        Assert.Contains(order.Number, (await Sweep()).Orders);
        Assert.Equal(LineStatus.Released, (await Api.GetOrderAsync(order.Number)).Lines[0].Status);
    }

    private async Task<ReleaseSweepResponse> Sweep()
        => await Api.ExpectAsync<ReleaseSweepResponse>(await Api.PostAsync("/api/fulfilment-orders/release-due"), HttpStatusCode.OK);
}

public sealed class ImmediateReleaseTests_Sqlite(ImmediateReleaseSqliteFixture fx) : ImmediateReleaseTests(fx), IClassFixture<ImmediateReleaseSqliteFixture>;

public sealed class ImmediateReleaseTests_Postgres(ImmediateReleasePostgresFixture fx) : ImmediateReleaseTests(fx), IClassFixture<ImmediateReleasePostgresFixture>;

public sealed class CutOffReleaseTests_Sqlite(CutOffReleaseSqliteFixture fx) : CutOffReleaseTests(fx), IClassFixture<CutOffReleaseSqliteFixture>;

public sealed class CutOffReleaseTests_Postgres(CutOffReleasePostgresFixture fx) : CutOffReleaseTests(fx), IClassFixture<CutOffReleasePostgresFixture>;

public abstract class SettingsSqliteFixture(params KeyValuePair<string, string>[] settings) : OmsFixture
{
    private readonly TempSqliteFile _file = new();
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => settings;
    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_file.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _file.Delete();
    }
}

public abstract class SettingsPostgresFixture(params KeyValuePair<string, string>[] settings) : OmsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override IReadOnlyList<KeyValuePair<string, string>> Settings => settings;
    protected override async Task<string> CreateDatabaseAsync() => await (await PostgresCluster.GetSharedAsync()).CreateDatabaseAsync("oms_settings");
}

public sealed class ImmediateReleaseSqliteFixture() : SettingsSqliteFixture(new KeyValuePair<string, string>("Oms:Release:Mode", "Immediate"));
public sealed class ImmediateReleasePostgresFixture() : SettingsPostgresFixture(new KeyValuePair<string, string>("Oms:Release:Mode", "Immediate"));
public sealed class CutOffReleaseSqliteFixture() : SettingsSqliteFixture(new KeyValuePair<string, string>("Oms:Release:Mode", "CutOff"));
public sealed class CutOffReleasePostgresFixture() : SettingsPostgresFixture(new KeyValuePair<string, string>("Oms:Release:Mode", "CutOff"));
