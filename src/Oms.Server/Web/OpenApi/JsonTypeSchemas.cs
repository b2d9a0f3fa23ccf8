using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The JSON types <c>OmsJson</c> really reads and writes. Its own converters (storable strings, decimals rendered with
/// two decimals) hide the type from the schema generator, which then says nothing, not even for a list's items: strings
/// become <c>string</c>, decimals <c>number</c> with format <c>decimal</c> (money: a client should not read it into a
/// binary floating point), enums <c>string</c>. Numbers are never strings (the API reads them strictly).
/// </summary>
internal sealed class JsonTypeSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        var underlying = Nullable.GetUnderlyingType(info.Type);
        var clr = underlying ?? info.Type;
        if (clr == typeof(string))
        {
            var nullable = context.JsonPropertyInfo is { IsGetNullable: true } or { IsSetNullable: true };
            schema.Type = OrNull(JsonSchemaType.String, nullable);
        }
        else if (clr == typeof(decimal))
        {
            schema.Type = OrNull(JsonSchemaType.Number, underlying is not null);
            schema.Format = "decimal";
        }
        else if (clr.IsEnum && schema.Enum is { Count: > 0 } values)
        {
            // An enum is a component; a nullable use of it is a oneOf of null and the reference, never a null value.
            schema.Type = JsonSchemaType.String;
            foreach (var n in values.Where(v => v is null).ToList()) values.Remove(n);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } item && IsBlank(schema.Items))
        {
            schema.Items = Describe(item);
        }
        else if (info.Kind == JsonTypeInfoKind.Dictionary && info.ElementType is { } value && IsBlank(schema.AdditionalProperties))
        {
            schema.AdditionalProperties = Describe(value);
        }
        if (schema.Type is { } t && (t & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (t & JsonSchemaType.String) != 0)
        {
            schema.Type = t & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }

    private static bool IsBlank(IOpenApiSchema? schema)
        => schema is null || (schema is OpenApiSchema { Type: null, Enum: null or { Count: 0 }, OneOf: null or { Count: 0 } } s
            && s.AllOf is null or { Count: 0 } && s.AnyOf is null or { Count: 0 } && s.Properties is null or { Count: 0 });

    /// <summary>The schema of a list item or dictionary value the generator left blank: strings, decimals and lists of them.</summary>
    private static OpenApiSchema Describe(Type type)
    {
        if (type == typeof(string)) return new OpenApiSchema { Type = JsonSchemaType.String };
        if (type == typeof(decimal)) return new OpenApiSchema { Type = JsonSchemaType.Number, Format = "decimal" };
        var list = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
        return list is not null && type != typeof(string)
            ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = Describe(list) }
            : new OpenApiSchema();
    }

    private static JsonSchemaType OrNull(JsonSchemaType type, bool nullable) => nullable ? type | JsonSchemaType.Null : type;
}
