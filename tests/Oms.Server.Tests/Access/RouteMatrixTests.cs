using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oms.Domain.Access;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web.Access;

namespace Oms.Server.Tests.Access;

/// <summary>
/// The role × endpoint matrix, generated from the route table: every route is called by an anonymous caller and by a key
/// holding each built-in role, and must answer as its declared policy says — 401 without a credential, 403 without the
/// permission, and neither with it. A route that declares no policy fails the test.
/// </summary>
public abstract class RouteMatrixTests(OmsFixture fx)
{
    private sealed record Route(string Method, string Pattern, string? Permission, bool Public, bool SignedIn, string ContentType)
    {
        public string Url => "/" + string.Join('/', Pattern.TrimStart('/').Split('/').Select(Fill));

        /// <summary>A value of the right shape for each route parameter: an id that does not exist, a code, a number.</summary>
        private static string Fill(string segment) => segment switch
        {
            _ when segment.Contains(":guid", StringComparison.Ordinal) => "01a23200-0000-7000-8000-000000000001",
            _ when segment.Contains(":int", StringComparison.Ordinal) => "1",
            ['{', .., '}'] => "NO-SUCH-THING",
            _ => segment,
        };
    }

    private List<Route> Routes() => fx.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => new Route(m, e.RoutePattern.RawText!,
            e.Metadata.GetMetadata<PermissionMetadata>()?.Permission, e.Metadata.GetMetadata<PublicEndpointMetadata>() is not null,
            e.Metadata.GetMetadata<SignedInEndpointMetadata>() is not null,
            e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts ? accepts.ContentTypes[0] : "application/json")))
        .ToList();

    [Fact]
    public void Every_route_declares_its_policy()
    {
        var routes = Routes();
        Assert.True(routes.Count > 90, $"Only {routes.Count} routes found.");
        var undeclared = routes.Where(r => r.Permission is null && !r.Public && !r.SignedIn).Select(r => $"{r.Method} {r.Pattern}").ToList();
        Assert.True(undeclared.Count == 0, "Routes without a declared policy: " + string.Join(", ", undeclared));
        Assert.All(routes.Where(r => r.Permission is not null), r => Assert.True(Permissions.IsKnown(r.Permission!), r.Permission));
    }

    [Fact]
    public async Task Every_route_answers_every_role_and_an_anonymous_caller_as_its_policy_says()
    {
        var routes = Routes();
        var failures = new List<string>();
        using var anonymous = fx.AnonymousClient();
        foreach (var route in routes)
        {
            var (status, code) = await CallAsync(anonymous, route, null);
            // A public route may still refuse what the body carries (a stale refresh token), but never asks for a sign-in.
            var expected = route.Public ? status != 403 && code != "unauthenticated" : status == 401 && code == "unauthenticated";
            if (!expected) failures.Add($"anonymous {route.Method} {route.Url}: {status}");
        }
        foreach (var role in BuiltInRoles.All)
        {
            var key = await fx.Credentials.KeyForRoleAsync(role.Name, role.StoreScoped ? ["STORE-AMS"] : []);
            foreach (var route in routes)
            {
                var (status, code) = await CallAsync(anonymous, route, key);
                var allowed = route.Public || route.SignedIn || role.Permissions.Contains(route.Permission!);
                if (allowed ? status == 403 || code == "unauthenticated" : status != 403)
                    failures.Add($"{role.Name} {route.Method} {route.Url} ({route.Permission ?? "public"}): {status}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the policy:\n" + string.Join('\n', failures));
    }

    private static async Task<(int Status, string? Code)> CallAsync(HttpClient http, Route route, string? key)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        if (route.Method is "POST" or "PUT")
            request.Content = new StringContent(route.ContentType.Contains("json", StringComparison.Ordinal) ? "{}" : "x", Encoding.UTF8, route.ContentType);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{route.Method} {route.Url} answered {status}: {text}");
        var code = text.StartsWith('{') && System.Text.Json.JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        return (status, code);
    }
}

public sealed class RouteMatrixTests_Sqlite(SqliteFixture fx) : RouteMatrixTests(fx), IClassFixture<SqliteFixture>;

public sealed class RouteMatrixTests_Postgres(PostgresFixture fx) : RouteMatrixTests(fx), IClassFixture<PostgresFixture>;
