using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Identity;

namespace Oms.Server.Web.Access;

/// <summary>The built-in roles every OMS has, and the first administrator of a retailer's own installation.</summary>
public static class AccessSeed
{
    /// <summary>Adds the built-in roles that are missing (a role the retailer changed is left as it is). Safe on N nodes at once.</summary>
    public static async Task EnsureRolesAsync(OmsDbContext db, DateTime now, CancellationToken ct)
    {
        var existing = await db.Roles.AsNoTracking().Select(r => r.Name).ToListAsync(ct);
        var missing = BuiltInRoles.All.Where(d => !existing.Contains(d.Name)).ToList();
        if (missing.Count == 0) return;
        foreach (var d in missing)
            db.Roles.Add(new Role(d.Name, d.Description, d.ActorKind, d.Permissions, d.StoreScoped, builtIn: true, now, "system:oms"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Another node added them at the same moment.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Creates an administrator (the documented first step of an installation without demo data). Refuses a short
    /// password and an existing name; there is no default password.
    /// </summary>
    public static async Task<IdentityResult> CreateAdminAsync(IServiceProvider services, string userName, string password, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OmsDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await EnsureRolesAsync(db, now, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmsUser>>();
        return await users.CreateAsync(new OmsUser
        {
            Id = Ids.Next(now), UserName = userName, DisplayName = userName, Roles = [BuiltInRoles.Admin], CreatedAt = now,
            CreatedBy = "system:create-admin",
        }, password);
    }
}
