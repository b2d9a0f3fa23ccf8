using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// Required and nullable as a client must read them. A request type lists exactly its <see cref="RequestContracts"/>
/// fields as required and non-null; its other fields are optional and may be null. Every other object is a response,
/// which always writes every property (null included), so all its properties are required and only those the C# type
/// declares nullable may be null.
/// </summary>
internal sealed class RequestSchemas : IOpenApiSchemaTransformer
{
    private static readonly string DocumentsNamespace = typeof(Core.Configuration.Documents.DocumentJson).Namespace!;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && RequestContracts.Required.TryGetValue(property.DeclaringType, out var fields)
            && fields.Contains(property.Name, StringComparer.Ordinal))
            NotNull(schema);
        if (schema.Properties is { Count: > 0 } properties)
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.Namespace?.StartsWith(DocumentsNamespace, StringComparison.Ordinal) == true)
            {
                // A configuration document: its required fields (the validator refuses the document without them) and the
                // discriminator are required; other properties may be left out or null; unknown ones are refused.
                var declared = RequestContracts.Required.TryGetValue(type, out var own) ? own : [];
                schema.Required = new SortedSet<string>(declared.Concat(properties.Keys.Where(k => k == "type")), StringComparer.Ordinal);
                schema.AdditionalPropertiesAllowed = false;
                schema.Type ??= JsonSchemaType.Object;
            }
            else
            {
                schema.Required = RequestContracts.Required.TryGetValue(type, out var required)
                    ? new SortedSet<string>(required, StringComparer.Ordinal)
                    : new SortedSet<string>(properties.Keys, StringComparer.Ordinal);
            }
        }
        return Task.CompletedTask;
    }

    private static void NotNull(OpenApiSchema schema)
    {
        if (schema.Type is { } t) schema.Type = t & ~JsonSchemaType.Null;
        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            var nulls = oneOf.Where(s => s.Type == JsonSchemaType.Null).ToList();
            foreach (var n in nulls) oneOf.Remove(n);
        }
    }
}
