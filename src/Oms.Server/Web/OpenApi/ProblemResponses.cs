using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// Every error an operation can answer, each with its problem+json schema. Beyond what the endpoint declares: 400 where
/// the request carries anything to get wrong (a body, query or header parameters), 409 on every write (a concurrent
/// change that kept winning the race), and 500 everywhere (a bug, with the trace id to quote).
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The operation transformer needs the document.");
        operation.Responses ??= [];
        var takesInput = operation.RequestBody is not null
            || operation.Parameters?.Any(p => p.In is ParameterLocation.Query or ParameterLocation.Header) == true;
        var writes = !HttpMethods.IsGet(context.Description.HttpMethod ?? "GET");
        if (takesInput) Ensure(operation, 400);
        if (writes) Ensure(operation, 409);
        Ensure(operation, 500);

        foreach (var code in operation.Responses.Keys.ToList())
        {
            if (!int.TryParse(code, out var status) || status < 400) continue;
            operation.Responses[code] = new OpenApiResponse
            {
                Description = Describe(status),
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [ProblemJson] = new()
                    {
                        Schema = ProblemSchemas.Reference(document, SchemaFor(status)),
                        Example = ProblemSchemas.Example(status),
                    },
                },
            };
        }
        return Task.CompletedTask;
    }

    private static void Ensure(OpenApiOperation operation, int status)
        => operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse());

    private static string SchemaFor(int status) => status switch
    {
        400 or 422 => ProblemSchemas.ValidationProblem,
        409 => ProblemSchemas.ConflictProblem,
        _ => ProblemSchemas.Problem,
    };

    private static string Describe(int status) => status switch
    {
        400 => "Malformed or invalid input (a body that is not JSON of this shape, a missing or out-of-range field, a bad query " +
            "value or header): `errors` names each field.",
        404 => "Something the request names does not exist.",
        409 => "Not allowed in the current state (`state` and `action` say why), a conflicting resource, or a concurrent change " +
            "(reload and try again).",
        413 => "The upload is too large.",
        415 => "The content type is not one this operation reads.",
        422 => "A business rule refuses the request (an unknown code, too little stock, an invalid document): `errors` names each field.",
        500 => "A bug: nothing of it is shown; quote `traceId`, which the server's log entry carries too.",
        _ => "A problem.",
    };
}
