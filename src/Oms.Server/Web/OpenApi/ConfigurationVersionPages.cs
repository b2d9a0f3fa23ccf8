using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Oms.Server.Core.Configuration;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The version lists of the configuration documents answer a cursor page of versions. <see cref="ConfigurationDocumentSchemas"/>
/// gives each kind its own version schema (<c>FraudRulesVersion</c>…) and drops <c>ConfigurationVersionResponse</c>; where it
/// put that version schema in place of a list endpoint's page, this makes it a page of them again (<c>CursorPageOfFraudRulesVersion</c>)
/// and drops the page of the dropped schema, so that no reference is left dangling. Runs after it; does nothing where the
/// page is already typed.
/// </summary>
internal sealed class ConfigurationVersionPages : IOpenApiDocumentTransformer
{
    private const string GenericVersion = nameof(ConfigurationVersionResponse);
    private const string GenericPage = "CursorPageOf" + GenericVersion;
    private static readonly Type Page = typeof(CursorPage<ConfigurationVersionResponse>);

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components!.Schemas!;
        if (schemas.ContainsKey(GenericVersion) || !schemas.TryGetValue(GenericPage, out var generic)
            || generic is not OpenApiSchema template) return Task.CompletedTask;
        var paged = context.DescriptionGroups.SelectMany(g => g.Items)
            .Where(d => d.SupportedResponseTypes.Any(r => r.StatusCode == 200 && r.Type == Page))
            .Select(d => d.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            if (operation.OperationId is not { } id || !paged.Contains(id)) continue;
            var media = operation.Responses?["200"].Content?["application/json"];
            if (media?.Schema is not OpenApiSchemaReference { Reference.Id: { } version }
                || version.StartsWith("CursorPageOf", StringComparison.Ordinal)) continue;
            var pageName = $"CursorPageOf{version}";
            if (!schemas.ContainsKey(pageName))
            {
                var page = (OpenApiSchema)template.CreateShallowCopy();
                page.Properties = new Dictionary<string, IOpenApiSchema>(template.Properties!, StringComparer.Ordinal)
                {
                    ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(version, document) },
                };
                document.AddComponent(pageName, page);
            }
            media.Schema = new OpenApiSchemaReference(pageName, document);
        }
        schemas.Remove(GenericPage);
        return Task.CompletedTask;
    }
}
