using Oms.Domain.Access;
using Oms.Persistence.Identity;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Access;

/// <summary>A person's sign-in: a bearer token back, or the session cookie with <c>?useCookie=true</c>.</summary>
[RequiredFields("userName", "password")]
public sealed record SignInRequest(string? UserName, string? Password);

[RequiredFields("refreshToken")]
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>Who the caller is, as the OMS sees it: the actor the timeline records, roles, permissions and reach.</summary>
public sealed record MeResponse(string Actor, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions,
    IReadOnlyList<string>? Locations, string? Channel);

/// <summary>
/// A user as <c>POST /api/users</c> creates it (password required) or <c>PUT /api/users/{userName}</c> changes it (a
/// password there resets it; left out keeps it). <c>stores</c> are the locations a store-scoped role reaches.
/// </summary>
[RequiredFields("roles")]
public sealed record UserRequest(string? UserName, string? DisplayName, string? Email, string? Password, IReadOnlyList<string>? Roles,
    IReadOnlyList<string>? Stores = null, bool? Disabled = null);

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Stores, bool Disabled, bool LockedOut, DateTime? LockedUntil, int FailedSignIns, DateTime CreatedAt,
    string CreatedBy, DateTime? LastSignInAt)
{
    public static UserResponse From(OmsUser u, DateTime now) => new(u.Id, u.UserName ?? "", u.DisplayName, u.Email, u.Roles, u.Stores,
        u.Disabled, u.LockoutEnd is { } end && end.UtcDateTime > now, u.LockoutEnd?.UtcDateTime, u.AccessFailedCount, u.CreatedAt,
        u.CreatedBy, u.LastSignInAt);
}

/// <summary>A role as <c>PUT /api/roles/{name}</c> sends it: its permissions, and whether its holders reach only their stores.</summary>
[RequiredFields("permissions")]
public sealed record RoleRequest(string? Description, string? ActorKind, IReadOnlyList<string>? Permissions, bool? StoreScoped = null);

public sealed record RoleResponse(string Name, string Description, string ActorKind, IReadOnlyList<string> Permissions, bool StoreScoped,
    bool BuiltIn, DateTime UpdatedAt, string UpdatedBy)
{
    public static RoleResponse From(Role r) => new(r.Name, r.Description, r.ActorKind, r.Permissions, r.StoreScoped, r.BuiltIn,
        r.UpdatedAt, r.UpdatedBy);
}

public sealed record PermissionResponse(string Name, string Description);

/// <summary>
/// A system's key as <c>POST /api/api-keys</c> creates it: a name (how the timeline names it), roles, the channel it
/// captures for, the locations it reaches (its store, its warehouse), and whether it may name a person in X-Actor.
/// </summary>
[RequiredFields("name", "roles")]
public sealed record ApiKeyRequest(string? Name, IReadOnlyList<string>? Roles, string? Channel = null, IReadOnlyList<string>? Locations = null,
    bool? MayActOnBehalf = null, DateTime? ExpiresAt = null);

public sealed record ApiKeyResponse(Guid Id, string KeyId, string Name, IReadOnlyList<string> Roles, string? Channel,
    IReadOnlyList<string> Locations, bool MayActOnBehalf, DateTime CreatedAt, string CreatedBy, DateTime? ExpiresAt, DateTime? RevokedAt,
    string? RevokedBy, DateTime? LastUsedAt)
{
    public static ApiKeyResponse From(ApiKey k) => new(k.Id, k.KeyId, k.Name, k.Roles, k.Channel, k.Locations, k.MayActOnBehalf,
        k.CreatedAt, k.CreatedBy, k.ExpiresAt, k.RevokedAt, k.RevokedBy, k.LastUsedAt);
}

/// <summary>A new key: <c>key</c> is the whole secret, shown this once and never again.</summary>
public sealed record CreatedApiKeyResponse(string Key, ApiKeyResponse ApiKey);
