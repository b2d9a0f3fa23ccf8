using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Oms.Persistence;
using Oms.Persistence.Identity;

namespace Oms.Server.Web.Access;

/// <summary>
/// Sign-in and access: ASP.NET Core Identity users on the OMS database (password hashing, lock-out), a bearer token or a
/// cookie for them, API keys for systems, optionally the retailer's own OpenID Connect provider; then permissions from
/// roles on every endpoint. The keys that protect tokens and cookies live in the database, so every node accepts them.
/// </summary>
public static class AccessSetup
{
    public const string Scheme = "oms";
    public const string OidcScheme = "oidc";
    /// <summary>The sixth wrong password in a row locks the account.</summary>
    public const int MaxFailedSignIns = 6;

    public static IServiceCollection AddOmsAccess(this IServiceCollection services, IConfiguration config)
    {
        var oidc = config.GetSection("Oms:Auth:Oidc").Get<OidcOptions>();
        services.AddSingleton(oidc ?? new OidcOptions());
        var auth = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "OMS", o => o.ForwardDefaultSelector = http => Select(http, oidc?.Enabled == true))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromMinutes(config.GetValue("Oms:Auth:TokenMinutes", 60));
                o.RefreshTokenExpiration = TimeSpan.FromDays(config.GetValue("Oms:Auth:RefreshTokenDays", 14));
            })
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "oms.session";
                o.Cookie.HttpOnly = true;
                // Strict: a page on another site cannot make the browser send the session (no cross-site request forgery).
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(config.GetValue("Oms:Auth:CookieHours", 8));
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; };
            });
        if (oidc?.Enabled == true)
            auth.AddJwtBearer(OidcScheme, o =>
            {
                o.Authority = oidc.Authority;
                o.Audience = oidc.ClientId;
                o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.AuthenticationType = OidcScheme;
                o.TokenValidationParameters.NameClaimType = oidc.NameClaim;
                o.TokenValidationParameters.RoleClaimType = oidc.RoleClaim;
            });

        services.AddIdentityCore<OmsUser>(o =>
            {
                // Length over composition (NIST SP 800-63B): a long pass phrase, no forced symbols.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Oms:Auth:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<OmsDbContext>()
            .AddSignInManager();
        services.AddDataProtection().SetApplicationName("oms").PersistKeysToDbContext<OmsDbContext>();

        // An endpoint that declares nothing is not open: it needs a signed-in caller (and the route table test fails on it).
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        return services;
    }

    public static WebApplication UseOmsAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<CallerResolution>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Which credential the request carries: a key, a bearer token (ours, or the retailer's provider's JWT), or the cookie.</summary>
    private static string Select(HttpContext http, bool oidc)
    {
        if (ApiKeyAuthentication.Presented(http.Request) is not null) return ApiKeyAuthentication.SchemeName;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return oidc && authorization.Count(c => c == '.') == 2 ? OidcScheme : IdentityConstants.BearerScheme;
        return IdentityConstants.ApplicationScheme;
    }
}

/// <summary>Single sign-on against the retailer's OpenID Connect provider (configuration only).</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>The claim whose values name OMS roles (after <see cref="RoleMap"/>).</summary>
    public string RoleClaim { get; set; } = "roles";
    public string NameClaim { get; set; } = "preferred_username";
    /// <summary>The claim listing the stores a store-scoped role reaches.</summary>
    public string StoresClaim { get; set; } = "oms_stores";
    /// <summary>The provider's group or role names mapped to OMS role names; unmapped values are taken as OMS role names.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
