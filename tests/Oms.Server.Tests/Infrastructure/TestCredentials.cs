using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Oms.Server.Demo;

namespace Oms.Server.Tests.Infrastructure;

/// <summary>
/// The credential a test acts with, from the actor it names: people (<c>agent:anna</c>, <c>admin:eva</c>,
/// <c>associate:sara@STORE-UTR</c>) are users created through the API who sign in for a bearer token; systems
/// (<c>store:STORE-AMS</c>, <c>wms:DC-CENTRAL</c>, <c>carrier:postnl</c>, <c>channel:web</c>) get API keys bound as a retailer
/// would bind them. Everything is created once per server with the demo administrator's key, through the public API.
/// </summary>
public sealed class TestCredentials(Func<HttpClient> admin)
{
    public static readonly string AdminKey = DemoAccess.Admin.Key;

    private readonly ConcurrentDictionary<string, Lazy<Task<(string Header, string Value)>>> _cache = new(StringComparer.Ordinal);

    /// <summary>Which role a kind of actor holds: the people, then the systems.</summary>
    public static readonly IReadOnlyDictionary<string, string> People = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["agent"] = "agent", ["admin"] = "admin", ["ops"] = "operations", ["finance"] = "finance", ["analyst"] = "analyst",
        ["associate"] = "store-associate",
    };

    public async Task ApplyAsync(HttpRequestMessage request, string actor)
    {
        var (header, value) = await _cache.GetOrAdd(actor, a => new Lazy<Task<(string, string)>>(() => CreateAsync(a))).Value;
        request.Headers.Remove("X-Api-Key");
        request.Headers.Authorization = null;
        if (header == "Authorization") request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", value);
        else request.Headers.Add(header, value);
    }

    /// <summary>A key holding just <paramref name="role"/> (bound to <paramref name="locations"/>), for the role matrix.</summary>
    public async Task<string> KeyForRoleAsync(string role, string[] locations)
    {
        using var http = admin();
        var key = await http.PostAsJsonAsync("/api/api-keys", new { name = $"role-{role}", roles = new[] { role }, locations });
        return JsonDocument.Parse(await Expect(key, HttpStatusCode.Created)).RootElement.GetProperty("key").GetString()!;
    }

    private async Task<(string, string)> CreateAsync(string actor)
    {
        var i = actor.IndexOf(':', StringComparison.Ordinal);
        var (kind, name) = i > 0 ? (actor[..i], actor[(i + 1)..]) : ("agent", actor);
        using var http = admin();
        if (People.TryGetValue(kind, out var role))
        {
            var at = name.IndexOf('@', StringComparison.Ordinal);
            var (user, stores) = at > 0 && role == "store-associate" ? (name[..at], new[] { name[(at + 1)..] }) : (name, Array.Empty<string>());
            var password = $"test-password-{user}";
            var created = await http.PostAsJsonAsync("/api/users", new { userName = user, password, roles = new[] { role }, stores });
            // A demo user of that name (anna, olga): given the role and password the test needs.
            if (created.StatusCode == HttpStatusCode.Conflict)
                await Expect(await http.PutAsJsonAsync($"/api/users/{user}", new { password, roles = new[] { role }, stores }), HttpStatusCode.OK);
            else await Expect(created, HttpStatusCode.Created);
            var signIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { userName = user, password });
            var token = JsonDocument.Parse(await Expect(signIn, HttpStatusCode.OK)).RootElement.GetProperty("accessToken").GetString()!;
            return ("Authorization", token);
        }
        object body = kind switch
        {
            "store" => new { name, roles = new[] { "till" }, locations = new[] { name }, mayActOnBehalf = true },
            "wms" => new { name, roles = new[] { "wms" }, locations = IsLocation(name) ? new[] { name } : [] },
            "carrier" => new { name, roles = new[] { "carrier" } },
            "channel" => new { name, roles = new[] { "channel" }, channel = name },
            // Anything else (a fuzzer, a script): a key with the admin role.
            _ => new { name = $"{kind}-{name}", roles = new[] { "admin" } },
        };
        var key = await http.PostAsJsonAsync("/api/api-keys", body);
        return ("X-Api-Key", JsonDocument.Parse(await Expect(key, HttpStatusCode.Created)).RootElement.GetProperty("key").GetString()!);
    }

    private static bool IsLocation(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');

    private static async Task<string> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
            throw new InvalidOperationException($"Setting up a test credential: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text;
    }
}

/// <summary>Sends the demo administrator's key with every request that carries no credential of its own.</summary>
public sealed class DefaultCredential(string? key = null) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains("X-Api-Key") && request.Headers.Authorization is null && !request.Headers.Contains("X-No-Credential"))
            request.Headers.Add("X-Api-Key", key ?? TestCredentials.AdminKey);
        request.Headers.Remove("X-No-Credential");
        return base.SendAsync(request, cancellationToken);
    }
}
