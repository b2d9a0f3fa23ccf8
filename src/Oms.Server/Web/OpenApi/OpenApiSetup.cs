namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The OpenAPI document as a contract a generated client can trust: the JSON types the server really reads and writes,
/// the fields a request must carry, the headers and problem responses of every operation, and an example that works
/// against the demo data. Each transformer does one of these; the order below matters where one builds on another.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddOmsOpenApi(this IServiceCollection services) => services.AddOpenApi(DocumentName, o =>
    {
        o.AddSchemaTransformer<JsonTypeSchemas>();
        o.AddSchemaTransformer<RequestSchemas>();
        o.AddOperationTransformer<HeaderParameters>();
        o.AddOperationTransformer<ProblemResponses>();
        o.AddOperationTransformer<AccessPolicies>();
        o.AddDocumentTransformer<ConfigurationDocumentSchemas>();
        o.AddDocumentTransformer<ConfigurationVersionPages>();
        o.AddDocumentTransformer<ComponentSchemas>();
        o.AddDocumentTransformer<OperationExamples>();
        o.AddDocumentTransformer<DocumentInfo>();
        o.AddDocumentTransformer<SecuritySchemes>();
    });
}
