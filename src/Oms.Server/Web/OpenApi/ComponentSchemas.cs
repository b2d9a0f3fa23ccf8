using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// What can only be fixed once every schema is a component: a required request field that refers to another component
/// (an enum, an address) is that component, not "null or it"; ASP.NET Core's problem schemas give way to
/// <see cref="ProblemSchemas"/>; free-form JSON says that it is.
/// </summary>
internal sealed class ComponentSchemas : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var (type, required) in RequestContracts.Required)
        {
            if (!schemas.TryGetValue(type.Name, out var s) || s is not OpenApiSchema { Properties: { } properties }) continue;
            foreach (var name in required)
            {
                if (properties.TryGetValue(name, out var p)
                    && p is OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, var only] } wrapper)
                {
                    if (only is OpenApiSchemaReference reference && wrapper.Description is { } description)
                        reference.Description = description;
                    properties[name] = only;
                }
            }
        }
        schemas.Remove("ProblemDetails");
        schemas.Remove("HttpValidationProblemDetails");
        if (schemas.TryGetValue("JsonElement", out var any) && any is OpenApiSchema free)
            free.Description = "Any JSON value (free-form: a snapshot or an explanation whose shape the server does not fix).";
        return Task.CompletedTask;
    }
}
