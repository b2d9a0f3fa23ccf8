using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Oms.Server.Core.Telemetry;

namespace Oms.Server.Web;

/// <summary>
/// Operability: OpenTelemetry traces and metrics (HTTP, PostgreSQL, outbound HTTP, the OMS's own), exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>Telemetry:OtlpEndpoint</c> names a collector; JSON console logs on request;
/// liveness and readiness health endpoints. Without a collector nothing is collected: a span per request and per statement
/// that no one reads would cost every request (a listener of one's own, such as a test's, still sees the OMS's).
/// </summary>
public static class TelemetrySetup
{
    public const string Ready = "ready";

    public static WebApplicationBuilder AddOmsTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint)) return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("oms"))
            .WithTracing(t => t.AddSource(OmsTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
            .WithMetrics(m => m.AddMeter(OmsTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation())
            .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        return builder;
    }

    /// <summary><c>/health</c> (everything), <c>/health/live</c> (the process answers), <c>/health/ready</c> (database, and the broker when configured).</summary>
    public static void MapOmsHealth(this WebApplication app)
    {
        // Load balancers and orchestrators probe these without credentials; they say up or down, nothing else.
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
            { Predicate = c => c.Tags.Contains(Ready) || c.Name is "database" or "rabbitmq" }).AllowAnonymous();
    }
}
