using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The request headers the OMS reads: <c>X-Actor</c> where the endpoint says so, and <c>Idempotency-Key</c> on capture, whose
/// replay answers 200 with <c>Idempotent-Replayed: true</c>.
/// </summary>
internal sealed class HeaderParameters : IOpenApiOperationTransformer
{
    public const string IdempotencyKey = "Idempotency-Key";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ActorHeaderMetadata>().Any())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ActorHeader.Name,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Who acts, recorded on the timeline and in the audit trail: `agent:{name}`, `store:{location}`, " +
                    $"`wms:{{location}}`, `system:{{name}}`… (at most {ActorHeader.MaxLength} characters; `anonymous` when left out).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ActorHeader.MaxLength },
                Example = JsonValue.Create("agent:anna"),
            });
        }
        var keys = operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Header && p.Name == IdempotencyKey);
        foreach (var p in keys)
        {
            p.Description = "Makes the request safe to repeat: the same key with the same body answers the first result again " +
                "(200, `Idempotent-Replayed: true`); the same key with another body is refused (422). " +
                $"At most {RequestHeaders.MaxIdempotencyKey} characters.";
            p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = RequestHeaders.MaxIdempotencyKey };
            p.Example = JsonValue.Create("web-1001-attempt-1");
            if (operation.Responses?.TryGetValue("200", out var replay) == true && replay is OpenApiResponse ok)
            {
                ok.Description = "A replay: the order as it stands now (the same key, or channel + channel order id, with the same body).";
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                ok.Headers["Idempotent-Replayed"] = new OpenApiHeader
                {
                    Description = "`true`: this answers a request made before; nothing was captured again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("true")] },
                };
            }
        }
        return Task.CompletedTask;
    }
}
