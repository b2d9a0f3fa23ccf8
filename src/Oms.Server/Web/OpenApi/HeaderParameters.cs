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
                Description = "The person a system acts for, accepted only with the key of a system allowed to act on behalf of a " +
                    "person (a till naming its cashier: `cashier:piet`, recorded as `cashier:piet via store:STORE-AMS`); from any other " +
                    $"caller it is a 403. At most {ActorHeader.MaxLength} characters. Without it the signed-in user or key is recorded.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ActorHeader.MaxLength },
                Example = JsonValue.Create("cashier:piet"),
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
