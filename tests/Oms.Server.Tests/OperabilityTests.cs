using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Oms.Server.Core.Telemetry;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Health endpoints for the orchestrator, and the OMS's own metrics and traces.</summary>
public abstract class OperabilityTests(OmsFixture fx)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Health_endpoints_answer_healthy_when_the_database_does(string path)
    {
        var response = await fx.Api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_capture_is_counted_per_channel_and_traced_as_a_command()
    {
        var measurements = new ConcurrentBag<(long Value, string? Channel)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OmsTelemetry.Name && instrument.Name == "oms.orders.captured") listener.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "channel") measurements.Add((value, tag.Value as string));
        });
        meters.Start();
        var spans = new ConcurrentBag<string>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = s => s.Name == OmsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => spans.Add(a.OperationName),
        };
        ActivitySource.AddActivityListener(traces);

        await fx.Api.CaptureAsync(Online(Ship("SKU-0025")) with { Channel = "app" });

        Assert.Contains(measurements, m => m is (1, "app"));
        Assert.Contains("oms.command", spans);
    }
}

public sealed class OperabilityTests_Sqlite(SqliteFixture fx) : OperabilityTests(fx), IClassFixture<SqliteFixture>;

public sealed class OperabilityTests_Postgres(PostgresFixture fx) : OperabilityTests(fx), IClassFixture<PostgresFixture>;
