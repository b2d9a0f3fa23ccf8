using Oms.Domain.Access;
using Oms.Server.Web.Access;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Configuration;
using Oms.Domain.Fraud;
using Oms.Domain.OrderWorkflows;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Configuration.Documents.Returns;
using Oms.Server.Core.Configuration.Documents.Workflows;
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
        Map<FraudRulesDocument>(app, "fraud-rules", ProcessConfiguration.FraudRules, "FraudRules", "the fraud rules and thresholds",
            FraudRulesDocuments.Write(FraudRuleSet.Default), (d, comment) => new SaveFraudRules(d, comment));
        Map<OrderWorkflowsDocument>(app, "order-workflows", ProcessConfiguration.OrderWorkflows, "OrderWorkflows", "the order workflow definition",
            OrderWorkflowsDocuments.Write(OrderWorkflowDefinition.Default), (d, comment) => new SaveOrderWorkflows(d, comment));
        Map<ReturnPolicyDocument>(app, "return-policy", ReturnsConfiguration.ReturnPolicy, "ReturnPolicy", "the return policy",
            ReturnPolicyDocuments.Default, (d, comment) => new SaveReturnPolicy(d, comment));
        Map<RefundApprovalPolicyDocument>(app, "refund-approval-policy", ReturnsConfiguration.RefundApprovalPolicy, "RefundApprovalPolicy",
            "the refund approval policy", RefundApprovalPolicyDocuments.Default, (d, comment) => new SaveRefundApprovalPolicy(d, comment));
        Map<ReturnSettingsDocument>(app, "return-settings", ReturnsConfiguration.ReturnSettings, "ReturnSettings",
            "the return settings (refund route and order, exchange release, per channel)", ReturnSettingsDocuments.Default,
            (d, comment) => new SaveReturnSettings(d, comment));
    }

    /// <summary>
    /// The body is the document itself, read here into its type (<see cref="DocumentBody"/>: a shape error is a 400 at
    /// its path); the command's handler judges its values.
    /// </summary>
    private static void Map<TDocument>(IEndpointRouteBuilder app, string path, string kind, string name, string what, string defaultDocument,
        Func<TDocument?, string?, ICommand<ConfigurationVersion>> save) where TDocument : class
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
            .RequirePermission(Permissions.RulesRead).WithName($"Get{name}").WithSummary($"The active version of {what} (version 0: the built-in default)");

        g.MapPut("/", async Task<Ok<ConfigurationVersionResponse>> (JsonElement document, string? comment, HttpContext http, CommandBus bus,
                CancellationToken ct)
                => TypedResults.Ok(ConfigurationVersionResponse.From(await bus.SendAsync(save(DocumentBody.Read<TDocument>(document), comment),
                    ActorHeader.From(http), ct))))
            .ReadsActor().RequirePermission(Permissions.RulesWrite).WithName($"Save{name}")
            .WithSummary($"Save a new version of {what} and activate it (takes effect with the next order); 422 names every invalid field")
            .ProducesValidationProblem().ProducesProblem(422);

        g.MapGet("/versions", async Task<Ok<CursorPage<ConfigurationVersionResponse>>> (int? limit, string? cursor, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await db.PageAsync(kind, ProcessConfiguration.Key, limit, cursor, ct)))
            .RequirePermission(Permissions.RulesRead).WithName($"List{name}Versions").WithSummary($"Every version of {what}, newest first, with who saved and activated it; cursor-paged")
            .ProducesValidationProblem();
    }
}
