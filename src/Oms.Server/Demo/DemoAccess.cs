using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Identity;
using R = Oms.Domain.Access.BuiltInRoles;

namespace Oms.Server.Demo;

/// <summary>
/// Demo users and keys for every role, created with the demo data and printed once at first start. Their secrets are
/// fixed and public (the README lists them): they exist only where the demo data was seeded, never on a retailer's own
/// installation (<c>Oms:SeedDemoData=false</c>).
/// </summary>
public static class DemoAccess
{
    public sealed record DemoUser(string UserName, string Password, string Role, string[] Stores);

    public sealed record DemoKey(string Name, string KeyId, string Secret, string Role, string? Channel, string[] Locations, bool OnBehalf)
    {
        public string Key => ApiKey.Format(KeyId, Secret);
    }

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("admin", "admin-demo-pass", R.Admin, []),
        new("olga", "olga-demo-pass", R.Operations, []),
        new("anna", "anna-demo-pass", R.Agent, []),
        new("sara", "sara-demo-pass", R.StoreAssociate, ["STORE-UTR"]),
        new("tom", "tom-demo-pass", R.StoreAssociate, ["STORE-AMS"]),
        new("fien", "fien-demo-pass", R.Finance, []),
        new("alex", "alex-demo-pass", R.Analyst, []),
    ];

    public static readonly IReadOnlyList<DemoKey> Keys =
    [
        new("demo-admin", "demoadmin", "admin-demo-key", R.Admin, null, [], false),
        new("web", "demoweb", "webshop-demo-key", R.Channel, "web", [], false),
        new("marketplace", "demomkt", "marketplace-demo-key", R.Channel, "marketplace", [], false),
        new("STORE-AMS", "demotill", "till-ams-demo-key", R.Till, null, ["STORE-AMS"], true),
        new("DC-CENTRAL", "demowms", "wms-dc-central-demo-key", R.Wms, null, [DemoData.CentralDc], false),
        new("postnl", "democarrier", "postnl-demo-key", R.Carrier, null, [], false),
    ];

    public static DemoKey Admin => Keys[0];

    /// <summary>Creates what is missing; true when anything was created (then the credentials are printed).</summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, OmsDbContext db, DateTime now, CancellationToken ct)
    {
        var created = false;
        var users = services.GetRequiredService<UserManager<OmsUser>>();
        foreach (var u in Users)
        {
            if (await users.FindByNameAsync(u.UserName) is not null) continue;
            var result = await users.CreateAsync(new OmsUser
            {
                Id = Ids.Next(now), UserName = u.UserName, DisplayName = u.UserName, Roles = [u.Role], Stores = u.Stores, CreatedAt = now,
                CreatedBy = "system:demo",
            }, u.Password);
            created |= result.Succeeded;
        }
        var existing = await db.ApiKeys.AsNoTracking().Select(k => k.KeyId).ToListAsync(ct);
        foreach (var k in Keys.Where(k => !existing.Contains(k.KeyId)))
        {
            db.ApiKeys.Add(new ApiKey(Ids.Next(now), k.KeyId, k.Name, [k.Role], k.Channel, k.Locations, k.OnBehalf, ApiKey.Hash(k.Secret), now,
                "system:demo"));
            created = true;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return created;
    }
}
