using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Access;
using Oms.Persistence;

namespace Oms.Server.Web.Access;

/// <summary>
/// Systems sign in with a key in <c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>. The key is looked up by its public id on
/// every request (so a revoked key fails at once on every node) and its secret compared in constant time.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, OmsDbContext db, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyIdClaim = "oms:key";
    internal const string ItemKey = "oms:api-key";
    /// <summary>The last use is written at most this often per key, so that a busy till does not write on every request.</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    public static string? Presented(HttpRequest request)
    {
        var header = request.Headers[Header].ToString();
        if (header.Length > 0) return header;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        if (!ApiKey.TryParse(presented, out var keyId, out var secret)) return AuthenticateResult.Fail("The API key is not in the form oms_<id>_<secret>.");
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId, Context.RequestAborted);
        // A missing key still costs a comparison, so that timing tells nothing about which ids exist.
        var matches = key is null ? ApiKey.Hash(secret).Length < 0 : key.Matches(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !matches || !key.IsUsable(now)) return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");

        if (key.LastUsedAt is null || key.LastUsedAt < now - LastUseResolution)
        {
            var before = now - LastUseResolution;
            await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < before))
                .ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }
        Context.Items[ItemKey] = key;
        var identity = new ClaimsIdentity([new Claim(KeyIdClaim, key.KeyId), new Claim(ClaimTypes.Name, key.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
