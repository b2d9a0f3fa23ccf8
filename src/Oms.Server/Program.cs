using FluentValidation;
using Oms.Messaging;
using Oms.Payments;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Json;
using Oms.Server.Core.Customers;
using Oms.Server.Features.Access;
using Oms.Server.Features.Amendments;
using Oms.Server.Features.Availability;
using Oms.Server.Features.Configuration;
using Oms.Server.Features.Connectors;
using Oms.Server.Features.Connectors.X12;
using Oms.Server.Features.Events;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Network.Imports;
using Oms.Server.Features.Geocoding;
using Oms.Server.Features.Inbox;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Kpis;
using Oms.Server.Features.Network;
using Oms.Server.Features.Notifications;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Orders.Capture;
using Oms.Server.Features.Tracking;
using Oms.Server.Features.Outbox;
using Oms.Server.Features.Payments;
using Oms.Server.Features.Returns.Exchanges;
using Oms.Server.Features.Pickups;
using Oms.Server.Features.Release;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Customer;
using Oms.Server.Features.Carriers;
using Oms.Server.Features.Sourcing;
using Oms.Server.Features.Sourcing.Replay;
using Oms.Server.Features.Warehouse;
using Oms.Server.Features.Webhooks;
using Oms.Server.Web;
using Oms.Server.Web.Access;
using Oms.Server.Web.Hardening;
using Oms.Server.Web.OpenApi;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(Oms.Server.Cli.ImportCli.HostArgs(args));
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
builder.AddOmsTelemetry();
builder.Services.AddSingleton(TimeProvider.System);
// Header values are read as UTF-8, so that a name with accents in X-Actor gets an answer instead of a bare 400.
builder.WebHost.ConfigureKestrel(k => k.RequestHeaderEncodingSelector = _ => System.Text.Encoding.UTF8);

builder.Services.ConfigureHttpJsonOptions(o => OmsJson.Configure(o.SerializerOptions));
// Malformed bodies and bad route/query values throw, so that ProblemMapping answers with problem+json.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemMapping.Customize);
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddOmsOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

builder.Services.AddOmsCore(builder.Configuration);
builder.Services.AddOmsAccess(builder.Configuration);
builder.Services.AddSingleton<PostalCodeCache>();
builder.Services.AddScoped<PostalCodeGeocoder>();
builder.Services.AddPhoneNormalizer();
builder.Services.AddOmsPayments(builder.Configuration);
builder.Services.AddSingleton<IValidator<CaptureOrderRequest>, CaptureOrderValidator>();
builder.Services.AddScoped<CapturePayments>();
builder.Services.AddOmsMessaging(builder.Configuration);
builder.Services.AddOutboxHandler<BusPublication>();
builder.Services.AddOutboxHandler<BackorderAllocation>();
builder.Services.AddOutboxHandler<ShortfallResolution>();
builder.Services.AddSourcingReplay();
builder.Services.AddPeriodicJob<PickupExpiry>();
builder.Services.AddPeriodicJob<ReleaseSweep>();
builder.Services.AddReferenceDataManagement();
builder.Services.AddImports(builder.Configuration);
builder.Services.AddKpis(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddWebhooks(builder.Configuration);
builder.Services.AddExchanges();
builder.Services.AddCarrierIntegration(builder.Configuration);
builder.Services.AddConnectors(builder.Configuration);
builder.Services.AddWarehouse(builder.Configuration);
builder.Services.AddX12();
Oms.Server.Cli.ImportCli.AddImportCli(builder.Services);
builder.Services.AddOmsHardening(builder.Configuration);
builder.AddOmsConsoleHost();

var app = builder.Build();
// `import …` runs the command-line import (src/Oms.Server/Cli) instead of the server.
if (Oms.Server.Cli.ImportCli.IsImport(args))
    return await Oms.Server.Cli.ImportCli.RunAsync(app, database, builder.Configuration.GetValue<bool?>("Oms:SeedDemoData") ?? database.Provider == DatabaseProvider.Sqlite, args);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseOmsConsoleRelay();
app.UseOmsHardening();
app.UseOmsAccess();

var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Oms.Server");
// The demo data (and its public demo sign-ins) by default only on the embedded database: the laptop demo.
var seedDemoData = app.Configuration.GetValue<bool?>("Oms:SeedDemoData") ?? database.Provider == DatabaseProvider.Sqlite;
await DatabaseStartup.PrepareAsync(app.Services, database, seedDemoData, startup,
    app.Lifetime.ApplicationStopping);
if (args.Length > 0 && args[0] == "create-admin") return await CreateAdmin.RunAsync(app, args, app.Lifetime.ApplicationStopping);
if (app.Configuration.GetValue(PaymentsServiceCollectionExtensions.SandboxEnabledSetting, false)) startup.SandboxOn();

// The API's description is public, like any published API reference; every operation in it still needs its permission.
app.MapOpenApi().AllowAnonymous();
// On the demo data the page is ready to try with the demo administrator's (public) key; elsewhere the caller pastes one.
app.MapScalarApiReference("/api-docs", o =>
{
    o.WithTitle("Omnichannel OMS API").AddPreferredSecuritySchemes(SecuritySchemes.ApiKey);
    if (seedDemoData) o.AddApiKeyAuthentication(SecuritySchemes.ApiKey, k => k.Value = Oms.Server.Demo.DemoAccess.Admin.Key);
}).AllowAnonymous();
app.MapGet("/", () => Results.Redirect("/console")).ExcludeFromDescription().AllowAnonymous();
app.MapOmsHealth();

app.MapAuthApi();
app.MapUsersApi();
app.MapRolesApi();
app.MapApiKeysApi();

app.MapOrdersApi();
app.MapFulfilmentApi();
app.MapReleaseApi();
app.MapStockApi();
app.MapExpectedReceiptsApi();
app.MapReferenceDataApi();
app.MapPickupsApi();
app.MapReferenceDataManagement();
app.MapImportsApi();
app.MapSourcingApi();
app.MapSourcingRulesApi();
app.MapSourcingReplayApi();
app.MapChannelAllocationApi();
app.MapAvailabilityApi();
app.MapProcessConfigurationApi();
app.MapPaymentsApi();
app.MapHoldsApi();
app.MapAmendmentsApi();
app.MapReturnsApi();
app.MapReturnHandlingApi();
app.MapHeldStockApi();
app.MapCarrierEventsApi();
app.MapOutboundLabelsApi();
app.MapOutboxApi();
app.MapPostalCodesApi();
app.MapNotificationTemplatesApi();
app.MapWebhooksApi();
app.MapConnectorsApi();
app.MapInboxApi();
app.MapX12Api();
app.MapOrderStatusApi();
app.MapCustomerReturnsApi();
app.MapKpisApi();
app.MapOmsConsoleHost();

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
