using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The problem+json bodies <see cref="ProblemMapping"/> writes, as component schemas: every problem has a type, title,
/// status, detail, code and trace id; field errors add <c>errors</c>; a refused transition adds <c>entity</c>,
/// <c>state</c> and <c>action</c>.
/// </summary>
internal static class ProblemSchemas
{
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";
    public const string ConflictProblem = "ConflictProblem";

    public static OpenApiSchemaReference Reference(OpenApiDocument document, string name)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!document.Components.Schemas.ContainsKey(name)) document.AddComponent(name, Create(name));
        return new OpenApiSchemaReference(name, document);
    }

    private static OpenApiSchema Create(string name)
    {
        var schema = Base();
        switch (name)
        {
            case ValidationProblem:
                schema.Description = "A problem with field errors: `errors` maps each field path (`lines[0].quantity`) to its messages.";
                schema.Properties!["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Field path → messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = String("A message.") },
                };
                schema.Required!.Add("errors");
                break;
            case ConflictProblem:
                schema.Description = "A refused action: not allowed in the current state (then `entity`, `state` and `action` say which), " +
                    "a conflicting resource, or a concurrent change (reload and try again).";
                schema.Properties!["entity"] = String("What refused the action (`line`, `fulfilmentOrder`…), for a refused transition.");
                schema.Properties["state"] = String("Its state, camelCase (`shipped`), for a refused transition.");
                schema.Properties["action"] = String("The refused action, camelCase (`cancel`), for a refused transition.");
                break;
            default:
                schema.Description = "An RFC 9457 problem.";
                break;
        }
        return schema;
    }

    private static OpenApiSchema Base() => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = String("A URI naming the kind of problem (`https://oms.dev/problems/validation`)."),
            ["title"] = String("A short summary of the kind of problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = String("What went wrong with this request, in words a person reads."),
            ["instance"] = String("The request path, when given."),
            ["code"] = String("The kind of problem as a stable word (`validation`, `not-found`, `invalid-transition`…)."),
            ["traceId"] = String("Quote it to whoever reads the server log: the log entry carries the same id."),
        },
        Required = new HashSet<string>(["type", "title", "status", "detail", "traceId"], StringComparer.Ordinal),
    };

    private static OpenApiSchema String(string description) => new() { Type = JsonSchemaType.String, Description = description };

    public static JsonNode Example(int status) => status switch
    {
        400 => new JsonObject
        {
            ["type"] = "https://oms.dev/problems/validation", ["title"] = "The request is invalid", ["status"] = 400,
            ["detail"] = "quantity is required.", ["errors"] = new JsonObject { ["lines[0].quantity"] = new JsonArray("quantity is required.") },
            ["code"] = "validation", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
        404 => new JsonObject
        {
            ["type"] = "https://oms.dev/problems/not-found", ["title"] = "Not found", ["status"] = 404,
            ["detail"] = "Order 'WEB-000123' was not found.", ["code"] = "not-found", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
        409 => new JsonObject
        {
            ["type"] = "https://oms.dev/problems/invalid-transition", ["title"] = "Action not allowed in the current state", ["status"] = 409,
            ["detail"] = "Line 1 is shipped and cannot be cancelled.", ["code"] = "invalid-transition", ["entity"] = "line",
            ["state"] = "shipped", ["action"] = "cancel", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
        422 => new JsonObject
        {
            ["type"] = "https://oms.dev/problems/business-rule", ["title"] = "The request breaks a business rule", ["status"] = 422,
            ["detail"] = "Unknown SKU 'SKU-9999'.", ["errors"] = new JsonObject { ["lines[0].sku"] = new JsonArray("Unknown SKU 'SKU-9999'.") },
            ["code"] = "business-rule", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
        _ => new JsonObject
        {
            ["type"] = "https://oms.dev/problems/unexpected", ["title"] = "Internal server error", ["status"] = 500,
            ["detail"] = "An unexpected error occurred; quote trace id 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01.",
            ["code"] = "unexpected", ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
    };
}
