using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// How callers authenticate, as OpenAPI security schemes (an API key header, a bearer token), required on every
/// operation that is not public, so that generated clients and the API page's "Authorize" send a credential.
/// </summary>
public sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public const string ApiKey = "apiKey";
    public const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
            Description = "A system's key, oms_<id>_<secret> (the demo data's administrator key: oms_demoadmin_admin-demo-key).",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer",
            Description = "A person's token from POST /api/auth/sign-in (or the retailer's OpenID Connect provider's).",
        };
        var requirements = new List<OpenApiSecurityRequirement>
        {
            new() { [new OpenApiSecuritySchemeReference(ApiKey, document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] },
        };
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
            if (operation.Description?.Contains("**Access:** public.", StringComparison.Ordinal) != true) operation.Security = requirements;
        return Task.CompletedTask;
    }
}
