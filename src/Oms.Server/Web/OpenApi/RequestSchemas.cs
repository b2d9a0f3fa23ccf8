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
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property && RequestContracts.Required.TryGetValue(property.DeclaringType, out var fields)
            && fields.Contains(property.Name, StringComparer.Ordinal))
            NotNull(schema);
        if (schema.Properties is { Count: > 0 } properties)
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.Namespace == typeof(Documents.FraudRulesDocument).Namespace)
            {
                // A configuration document: what its C# shape declares non-null is required (the reader refuses the document
                // without it), and so is the discriminator; other properties may be left out or null; unknown ones are refused.
                var declared = context.JsonTypeInfo.Properties
                    .Where(p => !p.IsGetNullable && Nullable.GetUnderlyingType(p.PropertyType) is null).Select(p => p.Name);
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
