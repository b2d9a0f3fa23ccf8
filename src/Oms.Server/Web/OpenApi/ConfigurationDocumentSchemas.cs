using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Oms.Domain.Inventory;
using Oms.Server.Core.Configuration.Documents.Fraud;
using Oms.Server.Core.Configuration.Documents.Returns;
using Oms.Server.Core.Configuration.Documents.Sourcing;
using Oms.Server.Core.Configuration.Documents.Workflows;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// Real schemas for the configuration documents, which the endpoints take as raw JSON (read into their types by
/// <c>DocumentBody</c>, so that a shape error is a field error) and return as stored: the schemas are those of the
/// document types themselves. Each versioned configuration also gets its own version schema, so that
/// <c>document</c> is typed in every answer.
/// </summary>
internal sealed class ConfigurationDocumentSchemas : IOpenApiDocumentTransformer
{
    private const string VersionResponse = "ConfigurationVersionResponse";

    private static readonly (string Name, Type Shape, string[] Operations)[] Kinds =
    [
        ("SourcingRuleSet", typeof(SourcingRuleSetDocument),
            ["GetRuleSet", "ListRuleSetVersions", "SaveRuleSet", "ActivateRuleSetVersion"]),
        ("FraudRules", typeof(FraudRulesDocument), ["GetFraudRules", "ListFraudRulesVersions", "SaveFraudRules"]),
        ("OrderWorkflows", typeof(OrderWorkflowsDocument), ["GetOrderWorkflows", "ListOrderWorkflowsVersions", "SaveOrderWorkflows"]),
        ("ChannelAllocation", typeof(ChannelAllocation),
            ["GetChannelAllocation", "ListChannelAllocationVersions", "SaveChannelAllocation"]),
        ("ReturnPolicy", typeof(ReturnPolicyDocument), ["GetReturnPolicy", "ListReturnPolicyVersions", "SaveReturnPolicy"]),
        ("RefundApprovalPolicy", typeof(RefundApprovalPolicyDocument),
            ["GetRefundApprovalPolicy", "ListRefundApprovalPolicyVersions", "SaveRefundApprovalPolicy"]),
        ("ReturnSettings", typeof(ReturnSettingsDocument), ["GetReturnSettings", "ListReturnSettingsVersions", "SaveReturnSettings"]),
    ];

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        var schemas = document.Components!.Schemas!;
        var operations = document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value)
            .Where(o => o.OperationId is not null).ToDictionary(o => o.OperationId!, StringComparer.Ordinal);
        foreach (var (name, shape, ids) in Kinds)
        {
            var documentRef = await Component(document, context, shape.Name, shape, cancellationToken);
            var version = (OpenApiSchema)((OpenApiSchema)schemas[VersionResponse]).CreateShallowCopy();
            version.Properties = new Dictionary<string, IOpenApiSchema>(version.Properties!, StringComparer.Ordinal)
            {
                ["document"] = documentRef,
            };
            version.Description = $"A version of the {name} configuration.";
            var versionName = $"{name}Version";
            document.AddComponent(versionName, version);
            foreach (var id in ids) Retype(operations[id], new OpenApiSchemaReference(versionName, document));
        }
        schemas.Remove(VersionResponse);

        var ruleSet = new OpenApiSchemaReference(nameof(SourcingRuleSetDocument), document);
        ((OpenApiSchema)schemas["SaveRuleSetRequest"]).Properties!["document"] = ruleSet;
        operations["GetBuiltInRuleSet"].Responses!["200"] = new OpenApiResponse
        {
            Description = "The built-in rule set.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = ruleSet },
            },
        };
        Body(operations["SaveFraudRules"], new OpenApiSchemaReference(nameof(FraudRulesDocument), document));
        Body(operations["SaveOrderWorkflows"], new OpenApiSchemaReference(nameof(OrderWorkflowsDocument), document));
        Body(operations["SaveReturnPolicy"], new OpenApiSchemaReference(nameof(ReturnPolicyDocument), document));
        Body(operations["SaveRefundApprovalPolicy"], new OpenApiSchemaReference(nameof(RefundApprovalPolicyDocument), document));
        Body(operations["SaveReturnSettings"], new OpenApiSchemaReference(nameof(ReturnSettingsDocument), document));
    }

    private static async Task<OpenApiSchemaReference> Component(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        string name, Type type, CancellationToken ct)
        => SchemaComponents.Add(document, name, await context.GetOrCreateSchemaAsync(type, null, ct));

    /// <summary>The 200 answer (one version or a list of them) as the kind's own version schema.</summary>
    private static void Retype(OpenApiOperation operation, OpenApiSchemaReference version)
    {
        var media = operation.Responses!["200"].Content!["application/json"];
        media.Schema = media.Schema is { Type: JsonSchemaType.Array }
            ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = version }
            : version;
    }

    private static void Body(OpenApiOperation operation, OpenApiSchemaReference schema)
        => operation.RequestBody!.Content!["application/json"].Schema = schema;
}
