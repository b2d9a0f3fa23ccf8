using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Oms.Server.Tests.Access;

/// <summary>
/// The retailer's own OpenID Connect provider, standing in over HTTP on loopback: the discovery document and the signing
/// keys (JWKS) as the OpenID Connect Discovery spec describes them, and RS256 access tokens signed with its key.
/// </summary>
public sealed class OidcStandIn : IAsyncDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private WebApplication? _app;

    public string Authority { get; private set; } = "";
    public const string ClientId = "oms-console";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority, ["jwks_uri"] = $"{Authority}/jwks", ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token", ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" }, ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var p = _key.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "stand-in-1",
                n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        await _app.StartAsync();
        Authority = _app.Urls.First().TrimEnd('/');
    }

    /// <summary>An access token for the OMS, as the provider would issue it after a person signed in there.</summary>
    public string Token(string user, IEnumerable<string> roles, IEnumerable<string>? stores = null, string audience = ClientId, RSA? signWith = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["preferred_username"] = user, ["roles"] = roles.ToArray() };
        if (stores is not null) claims["oms_stores"] = stores.ToArray();
        // The provider's real clock, a wide window: the OMS under test runs on a fake clock of its own.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority, Audience = audience, Claims = claims, IssuedAt = now.AddDays(-60), NotBefore = now.AddDays(-60),
            Expires = now.AddDays(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? _key) { KeyId = "stand-in-1" }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _key.Dispose();
    }
}
