using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Oms.Server.Tests.Fuzz;

/// <summary>A route parameter and its constraint (<c>guid</c>, <c>int</c>, or none).</summary>
public sealed record RouteParameter(string Name, string? Constraint);

/// <summary>
/// One write operation of the API as the running app registered it: method, route pattern, route and query parameters,
/// and the type its JSON body binds to (null when it reads the body itself, as file uploads do).
/// </summary>
public sealed record WriteOperation(string Method, string Pattern, IReadOnlyList<RouteParameter> RouteParameters,
    IReadOnlyList<string> QueryParameters, Type? BodyType, IReadOnlyList<string> ContentTypes)
{
    private static readonly HashSet<string> Writes = new(["POST", "PUT", "PATCH", "DELETE"], StringComparer.OrdinalIgnoreCase);

    public string Name => $"{Method} {Pattern}";

    /// <summary>Every POST, PUT, PATCH and DELETE route of the app, from its endpoint data source: a new route is found without a list to update.</summary>
    public static IReadOnlyList<WriteOperation> All(IServiceProvider services)
        => [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(Writes.Contains).Select(m => From(m, e)))
            .OrderBy(o => o.Pattern, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];

    private static WriteOperation From(string method, RouteEndpoint e)
    {
        var pattern = "/" + (e.RoutePattern.RawText ?? "").Trim('/');
        var route = e.RoutePattern.Parameters
            .Select(p => new RouteParameter(p.Name, e.RoutePattern.ParameterPolicies.TryGetValue(p.Name, out var policies)
                ? policies.Select(x => x.Content).FirstOrDefault(c => c is not null) : null)).ToList();
        var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>();
        var handler = e.Metadata.OfType<MethodInfo>().FirstOrDefault();
        var routeNames = route.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = handler?.GetParameters()
            .Where(p => p.Name is not null && !routeNames.Contains(p.Name) && IsSimple(p.ParameterType)
                && p.GetCustomAttribute<FromHeaderAttribute>() is null && p.GetCustomAttribute<AsParametersAttribute>() is null)
            .Select(p => p.Name!).ToList() ?? [];
        var body = accepts?.RequestType is { } t && t != typeof(string) ? t : null;
        return new WriteOperation(method.ToUpperInvariant(), pattern, route, query, body, accepts?.ContentTypes ?? []);
    }

    private static bool IsSimple(Type t)
    {
        var u = Nullable.GetUnderlyingType(t) ?? t;
        return u.IsPrimitive || u.IsEnum || u == typeof(string) || u == typeof(decimal) || u == typeof(Guid) || u == typeof(DateTime);
    }

    public override string ToString() => Name;
}
