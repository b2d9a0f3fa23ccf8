using Oms.Domain.Common;

namespace Oms.Server.Core.Access;

/// <summary>
/// Who is calling, once authenticated: the actor the timeline records, the permissions the caller's roles grant, and the
/// objects it may reach. Built once per request; commands carry it through the bus so that the one door that loads an
/// order checks it.
/// </summary>
public sealed class Caller
{
    public Caller(Actor actor, IReadOnlySet<string> permissions, AccessScope scope, bool authenticated, IReadOnlyList<string> roles)
    {
        Actor = actor;
        Permissions = permissions;
        Scope = scope;
        Authenticated = authenticated;
        Roles = roles;
    }

    public Actor Actor { get; }
    public IReadOnlySet<string> Permissions { get; }
    public AccessScope Scope { get; }
    public bool Authenticated { get; }
    public IReadOnlyList<string> Roles { get; }

    public bool Has(string permission) => Permissions.Contains(permission);

    public static readonly Caller Anonymous =
        new(new Actor("api", "anonymous"), new HashSet<string>(StringComparer.Ordinal), new AccessScope(new HashSet<string>(), null), false, []);

    /// <summary>Work the OMS does itself (a sweep, the relay): every permission, every object.</summary>
    public static Caller System(Actor actor) => new(actor, Domain.Access.Permissions.All.ToHashSet(StringComparer.Ordinal), AccessScope.All, true, []);

    /// <summary>Commands and jobs that pass only an actor run as the OMS itself: the scope is checked where a request enters.</summary>
    public static implicit operator Actor(Caller caller) => caller.Actor;
}
