using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// Turns the nested types of a schema made in a document transformer into components, as the generator does for the
/// schemas of operations: each sub-schema the generator tagged with a schema id becomes <c>#/components/schemas/{id}</c>
/// (a nullable one a <c>oneOf</c> of null and the reference), so that a discriminator's mapping points at real components.
/// </summary>
internal static class SchemaComponents
{
    private const string SchemaId = "x-schema-id";

    public static OpenApiSchemaReference Add(OpenApiDocument document, string name, OpenApiSchema schema)
    {
        Extract(document, schema);
        if (!document.Components!.Schemas!.ContainsKey(name)) document.AddComponent(name, schema);
        return new OpenApiSchemaReference(name, document);
    }

    private static void Extract(OpenApiDocument document, OpenApiSchema schema)
    {
        if (schema.Properties is { } properties)
            foreach (var key in properties.Keys.ToList()) properties[key] = Replace(document, properties[key]);
        if (schema.Items is { } items) schema.Items = Replace(document, items);
        if (schema.AdditionalProperties is { } values) schema.AdditionalProperties = Replace(document, values);
        foreach (var list in new[] { schema.AnyOf, schema.OneOf, schema.AllOf })
            for (var i = 0; i < (list?.Count ?? 0); i++) list![i] = Replace(document, list[i]);
        // A polymorphic type: the mapping names each variant's component (same order as anyOf).
        if (schema.Discriminator?.Mapping is { } mapping && schema.AnyOf is { } variants && mapping.Count == variants.Count)
        {
            var keys = mapping.Keys.ToList();
            for (var i = 0; i < variants.Count; i++)
            {
                if (variants[i] is OpenApiSchema variant)
                {
                    variant.Type ??= JsonSchemaType.Object;
                    var name = mapping[keys[i]].Reference.Id!;
                    if (!document.Components!.Schemas!.ContainsKey(name)) document.AddComponent(name, variant);
                    variants[i] = new OpenApiSchemaReference(name, document);
                }
                mapping[keys[i]] = new OpenApiSchemaReference(((OpenApiSchemaReference)variants[i]).Reference.Id!, document);
            }
        }
    }

    private static IOpenApiSchema Replace(OpenApiDocument document, IOpenApiSchema sub)
    {
        if (sub is not OpenApiSchema schema) return sub;
        Extract(document, schema);
        if (schema.Metadata?.TryGetValue(SchemaId, out var id) != true || id is not string name || name.Length == 0) return sub;
        var nullable = schema.Type is { } t && t.HasFlag(JsonSchemaType.Null) && t != JsonSchemaType.Null;
        var description = schema.Description;
        if (nullable) schema.Type &= ~JsonSchemaType.Null;
        if (schema.Enum is { } values) foreach (var n in values.Where(v => v is null).ToList()) values.Remove(n);
        if (schema.Enum is { Count: > 0 } && nullable) schema.Type = JsonSchemaType.String;
        schema.Metadata.Remove(SchemaId);
        if (!document.Components!.Schemas!.ContainsKey(name)) document.AddComponent(name, schema);
        var reference = new OpenApiSchemaReference(name, document);
        return nullable
            ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference], Description = description }
            : reference;
    }
}
