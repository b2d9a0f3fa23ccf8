using Oms.Domain.Common;

namespace Oms.Domain.Access;

/// <summary>
/// A named set of permissions, kept as data so that a retailer can shape its own roles. A store-scoped role (store
/// associate) only reaches the stores its holder is bound to.
/// </summary>
public sealed class Role
{
    private Role() { Name = ""; Description = ""; ActorKind = ""; UpdatedBy = ""; Permissions = []; }

    public Role(string name, string description, string actorKind, IEnumerable<string> permissions, bool storeScoped, bool builtIn,
        DateTime now, string by)
    {
        Name = name;
        BuiltIn = builtIn;
        Description = description;
        ActorKind = actorKind;
        UpdatedBy = by;
        Permissions = [];
        Change(description, actorKind, permissions, storeScoped, now, by);
    }

    public string Name { get; private set; }
    public string Description { get; private set; }
    /// <summary>How the timeline names a holder of this role: <c>agent</c> gives <c>agent:anna</c>.</summary>
    public string ActorKind { get; private set; }
    public IReadOnlyList<string> Permissions { get; private set; }
    /// <summary>Its holders reach only the stores they are bound to.</summary>
    public bool StoreScoped { get; private set; }
    /// <summary>Shipped with the OMS; it can be changed but not deleted.</summary>
    public bool BuiltIn { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; }

    public void Change(string description, string actorKind, IEnumerable<string> permissions, bool storeScoped, DateTime now, string by)
    {
        var list = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = list.Where(p => !Access.Permissions.IsKnown(p)).ToList();
        if (unknown.Count > 0)
            throw new BusinessRuleException($"Unknown permission(s): {string.Join(", ", unknown)}.",
                new Dictionary<string, string[]> { ["permissions"] = [$"Known permissions: {string.Join(", ", Access.Permissions.All)}."] });
        Description = description;
        ActorKind = actorKind;
        Permissions = list;
        StoreScoped = storeScoped;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
