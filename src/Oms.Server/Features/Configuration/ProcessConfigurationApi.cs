using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Fraud;
using Oms.Domain.OrderWorkflows;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Configuration;

/// <summary>
/// Fraud rules and order workflows as versioned, audited documents: read the active one, save a new version (validated,
/// channel codes checked against the database, activated at once), list every version. Running orders keep the
/// workflow version they started with; the next order gets the new one.
/// </summary>
public static class ProcessConfigurationApi
{
    public static void MapProcessConfigurationApi(this IEndpointRouteBuilder app)
    {
        Map(app, "fraud-rules", ProcessConfiguration.FraudRules, "FraudRules", "the fraud rules and thresholds", FraudRuleSet.Default.Serialize());
        Map(app, "order-workflows", ProcessConfiguration.OrderWorkflows, "OrderWorkflows", "the order workflow definition",
            OrderWorkflowDefinition.Default.Serialize());
    }

    private static void Map(IEndpointRouteBuilder app, string path, string kind, string name, string what, string defaultDocument)
    {
        var g = app.MapGroup($"/api/configuration/{path}").WithTags("Configuration");

        g.MapGet("/", async Task<Ok<ConfigurationVersionResponse>> (OmsDbContext db, CancellationToken ct) =>
            {
                var active = await db.ActiveAsync(kind, ProcessConfiguration.Key, ct);
                return TypedResults.Ok(active is null
                    ? new ConfigurationVersionResponse(kind, ProcessConfiguration.Key, 0, true, "The built-in default.", "system:oms",
                        DateTime.UnixEpoch, null, null, JsonDocument.Parse(defaultDocument).RootElement.Clone())
                    : ConfigurationVersionResponse.From(active));
            })
            .WithName($"Get{name}").WithSummary($"The active version of {what} (version 0: the built-in default)");

        g.MapPut("/", async Task<Ok<ConfigurationVersionResponse>> (JsonElement document, string? comment, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await bus.SendAsync(new SaveProcessConfiguration(kind, document, comment), ActorHeader.From(http), ct))))
            .ReadsActor().WithName($"Save{name}")
            .WithSummary($"Save a new version of {what} and activate it (takes effect with the next order); 422 names every invalid field")
            .ProducesValidationProblem().ProducesProblem(422);

        g.MapGet("/versions", async Task<Ok<CursorPage<ConfigurationVersionResponse>>> (int? limit, string? cursor, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await db.PageAsync(kind, ProcessConfiguration.Key, limit, cursor, ct)))
            .WithName($"List{name}Versions").WithSummary($"Every version of {what}, newest first, with who saved and activated it; cursor-paged")
            .ProducesValidationProblem();
    }
}
