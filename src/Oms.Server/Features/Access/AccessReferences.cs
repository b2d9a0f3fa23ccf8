using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Access;

/// <summary>What a user or key names must exist: its roles, its locations (required for a store-scoped role), its channel.</summary>
internal static class AccessReferences
{
    public static async Task CheckAsync(OmsDbContext db, IReadOnlyList<string> roles, IReadOnlyList<string> locations, string locationsField,
        string? channel, CancellationToken ct)
    {
        var known = await RoleCatalogue.GetAsync(db, ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknownRoles = roles.Where(r => !known.ContainsKey(r)).ToList();
        if (unknownRoles.Count > 0) errors["roles"] = [$"Unknown role(s) {string.Join(", ", unknownRoles)}; see GET /api/roles."];
        if (channel is not null && !await db.Channels.AnyAsync(c => c.Code == channel, ct)) errors["channel"] = [$"Unknown channel {channel}."];
        var existing = await db.Locations.AsNoTracking().Where(l => locations.Contains(l.Code)).Select(l => l.Code).ToListAsync(ct);
        var unknown = locations.Except(existing, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) errors[locationsField] = [$"Unknown location(s) {string.Join(", ", unknown)}."];
        if (roles.Any(r => known.TryGetValue(r, out var role) && role.StoreScoped) && locations.Count == 0)
            errors[locationsField] = ["A store-scoped role reaches only the locations listed here: name at least one."];
        if (errors.Count > 0) throw new BusinessRuleException(errors.Values.First()[0], errors);
    }
}
