using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Identity;
using Oms.Server.Core.Access;
using Oms.Server.Core.Json;

namespace Oms.Server.Web.Access;

/// <summary>
/// After authentication: turns the signed-in user or key into a <see cref="Caller"/> (roles → permissions, bound stores
/// and channel → scope), and applies <c>X-Actor</c>, which only a system allowed to act on behalf of a person may send.
/// A user who was disabled, locked out or whose password changed since the token was issued is signed out here.
/// </summary>
public sealed class CallerResolution(RequestDelegate next)
{
    public const string ActorHeader = "X-Actor";
    public const int MaxActorLength = 100;

    public async Task InvokeAsync(HttpContext http, OmsDbContext db, TimeProvider clock)
    {
        var caller = await ResolveAsync(http, db, clock);
        if (caller is null) http.User = new ClaimsPrincipal(new ClaimsIdentity());
        http.Features.Set(caller ?? Caller.Anonymous);
        await next(http);
    }

    private static async Task<Caller?> ResolveAsync(HttpContext http, OmsDbContext db, TimeProvider clock)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            RefuseActorHeader(http, null);
            return null;
        }
        var ct = http.RequestAborted;
        var roles = await RoleCatalogue.GetAsync(db, ct);
        if (http.Items[ApiKeyAuthentication.ItemKey] is ApiKey key) return ForKey(http, key, roles);
        if (http.User.Identity.AuthenticationType == AccessSetup.OidcScheme)
            return ForSingleSignOn(http, http.RequestServices.GetRequiredService<OidcOptions>(), roles);

        var id = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(id, out var userId)) return null;
        var user = await db.Set<OmsUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        var stamp = http.User.FindFirstValue(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType);
        if (user is null || user.Disabled || (user.LockoutEnd is { } end && end > clock.GetUtcNow())
            || (stamp is not null && stamp != user.SecurityStamp)) return null;
        RefuseActorHeader(http, $"user:{user.UserName}");
        var held = user.Roles.Where(roles.ContainsKey).Select(r => roles[r]).ToList();
        var kind = held.Select(r => r.ActorKind).FirstOrDefault() ?? "user";
        var scoped = held.Any(r => r.StoreScoped);
        var scope = new AccessScope(scoped ? user.Stores.ToHashSet(StringComparer.Ordinal) : null, null);
        return new Caller(new Actor(kind, user.UserName ?? user.Id.ToString()), Permissions(held), scope, true, user.Roles);
    }

    /// <summary>A person signed in at the retailer's own provider: roles and stores come from its token's claims.</summary>
    private static Caller ForSingleSignOn(HttpContext http, OidcOptions oidc, IReadOnlyDictionary<string, Role> roles)
    {
        var name = http.User.FindFirstValue(oidc.NameClaim) ?? http.User.FindFirstValue("sub") ?? "unknown";
        RefuseActorHeader(http, $"user:{name}");
        var names = http.User.FindAll(oidc.RoleClaim).Select(c => oidc.RoleMap.GetValueOrDefault(c.Value, c.Value)).Distinct().ToList();
        var held = names.Where(roles.ContainsKey).Select(r => roles[r]).ToList();
        var stores = http.User.FindAll(oidc.StoresClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var scope = new AccessScope(held.Any(r => r.StoreScoped) ? stores : null, null);
        var kind = held.Select(r => r.ActorKind).FirstOrDefault() ?? "user";
        return new Caller(new Actor(kind, name), Permissions(held), scope, true, names);
    }

    private static Caller ForKey(HttpContext http, ApiKey key, IReadOnlyDictionary<string, Role> roles)
    {
        var held = key.Roles.Where(roles.ContainsKey).Select(r => roles[r]).ToList();
        var self = new Actor(held.Select(r => r.ActorKind).FirstOrDefault() ?? "system", key.Name);
        var locations = key.Locations.Count > 0 || held.Any(r => r.StoreScoped) ? key.Locations.ToHashSet(StringComparer.Ordinal) : null;
        var scope = new AccessScope(locations, key.Channel);
        var actor = self;
        var named = http.Request.Headers[ActorHeader].ToString();
        if (named.Length > 0)
        {
            if (!key.MayActOnBehalf) RefuseActorHeader(http, self.ToString());
            var person = Parse(named);
            actor = new Actor(person.Kind, $"{person.Name} via {self}");
        }
        return new Caller(actor, Permissions(held), scope, true, key.Roles);
    }

    private static HashSet<string> Permissions(IEnumerable<Role> roles)
        => roles.SelectMany(r => r.Permissions).ToHashSet(StringComparer.Ordinal);

    /// <summary>The timeline records who signed in; a name in <c>X-Actor</c> from anyone else is refused, not silently ignored.</summary>
    private static void RefuseActorHeader(HttpContext http, string? who)
    {
        if (http.Request.Headers[ActorHeader].ToString().Length == 0) return;
        throw new ForbiddenException(who is null
            ? $"{ActorHeader} names a person only together with the key of a system allowed to act on their behalf (a till naming its cashier)."
            : $"{ActorHeader} is accepted only from a system allowed to act on behalf of a person; you are signed in as {who}, "
                + "and that is what the timeline records.");
    }

    /// <summary>The person a till names: <c>cashier:piet</c>, or a bare name taken as a cashier.</summary>
    private static Actor Parse(string raw)
    {
        if (!TextRules.IsStorable(raw) || raw.Any(c => char.IsControl(c) || c == '\uFFFD'))
            throw QueryValues.Invalid(ActorHeader, $"The {ActorHeader} header contains characters that cannot be stored, or bytes that are not UTF-8.");
        if (raw.Length > MaxActorLength)
            throw QueryValues.Invalid(ActorHeader, $"The {ActorHeader} header must be at most {MaxActorLength} characters.");
        var parsed = Actor.Parse(raw);
        return parsed.Kind == "user" && !raw.Contains(':', StringComparison.Ordinal) ? new Actor("cashier", parsed.Name) : parsed;
    }
}

public static class CallerHttpContext
{
    /// <summary>The caller this request was resolved to (anonymous before authentication).</summary>
    public static Caller Caller(this HttpContext http) => http.Features.Get<Caller>() ?? Core.Access.Caller.Anonymous;
}
