using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Oms.Persistence;
using Oms.Server.Features.Amendments;
using Oms.Server.Features.Availability;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Customers;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Network;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Payments;
using Oms.Payments;
using Oms.Server.Features.Pickups;
using Oms.Server.Features.Sourcing;
using Oms.Server.Web;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
// While ServerStart reports a failed start itself, the host's "Hosting failed to start" (a stack trace) is left out.
// A filter replaces the configured level for its category, hence the Information floor.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host",
    level => level >= LogLevel.Information && (level < LogLevel.Error || !ServerStart.Starting));

var connectionString = builder.Configuration.GetConnectionString("Oms") ?? "Data Source=oms.db";
var database = new DatabaseOptions
{
    ConnectionString = connectionString,
    Provider = DatabaseOptions.Infer(connectionString, builder.Configuration.GetValue<DatabaseProvider?>("Database:Provider")),
};
builder.Services.AddOmsPersistence(database);
builder.Services.Configure<OmsOptions>(builder.Configuration.GetSection("Oms"));
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
// Malformed bodies and bad route/query values throw, so that ProblemMapping answers with problem+json.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
{
    c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
    // Status-code pages (no route, wrong method) come without a detail; say what happened.
    c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
    {
        404 => $"There is no resource at {c.HttpContext.Request.Method} {c.HttpContext.Request.Path}. The API is described at /openapi/v1.json.",
        405 => $"{c.HttpContext.Request.Method} is not allowed on {c.HttpContext.Request.Path}.",
        _ => c.ProblemDetails.Title,
    };
});
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

builder.Services.AddSingleton<IValidator<CaptureOrderRequest>, CaptureOrderValidator>();
builder.Services.AddScoped<CommandRunner>();
builder.Services.AddScoped<LineSourcer>();
builder.Services.AddScoped<CaptureOrder>();
builder.Services.AddPhoneNormalizer();
builder.Services.AddOmsPayments(builder.Configuration);
builder.Services.AddScoped<OrderWorkflowStart>();
builder.Services.AddScoped<PaymentProcessor>();
builder.Services.AddSingleton<PaymentRetryService>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<PaymentRetryService>());
builder.Services.AddSingleton<BackorderAllocator>();
builder.Services.AddSingleton<PickupExpiry>();
builder.Services.AddHostedService<PickupExpiryService>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Oms.Server");
await DatabaseStartup.PrepareAsync(app.Services, database, app.Configuration.GetValue("Oms:SeedDemoData", true), startup,
    app.Lifetime.ApplicationStopping);
if (app.Configuration.GetValue(PaymentsServiceCollectionExtensions.SandboxEnabledSetting, false)) startup.SandboxOn();

app.MapOpenApi();
app.MapScalarApiReference("/api-docs", o => o.WithTitle("Omnichannel OMS API"));
app.MapGet("/", () => Results.Redirect("/api-docs")).ExcludeFromDescription();
app.MapHealthChecks("/health");

app.MapOrdersApi();
app.MapFulfilmentApi();
app.MapStockApi();
app.MapExpectedReceiptsApi();
app.MapReferenceDataApi();
PickupExpiry.MapPickupApi(app);
app.MapSourcingApi();
app.MapSourcingRulesApi();
app.MapChannelAllocationApi();
app.MapAvailabilityApi();
app.MapProcessConfigurationApi();
app.MapPaymentsApi();
app.MapHoldsApi();
app.MapAmendmentsApi();

if (await ServerStart.StartAsync(app, startup) is { } failed)
{
    await app.DisposeAsync();
    return failed;
}
foreach (var url in ServerStart.ListeningUrls(app)) startup.Listening(url);
var home = ServerStart.ListeningUrls(app)[0].TrimEnd('/');
startup.ApiReference(home);
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

/// <summary>The composition root; public so that tests can host it.</summary>
public partial class Program;
