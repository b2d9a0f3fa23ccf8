using Microsoft.EntityFrameworkCore;
using Oms.Persistence;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// The notification templates kept in the versioned configuration (kind <c>notification-templates</c>), read with every
/// mail (no cache, so every node sees a change at once). For channel <c>web</c> and notification <c>shipped</c> the first
/// active of <c>web:shipped</c>, <c>web:*</c>, <c>*:shipped</c>, <c>*:*</c> applies, where a <c>…:*</c> key is only a switch
/// (it matters when it turns notifications off); without any, the built-in template.
/// </summary>
public static class NotificationTemplates
{
    public const string Kind = "notification-templates";

    public static string Key(string channel, string notification) => $"{channel}:{notification}";

    public static async Task<ResolvedTemplate> ResolveAsync(OmsDbContext db, string channel, NotificationKind kind, CancellationToken ct)
    {
        var name = NotificationCatalogue.Name(kind);
        const string any = NotificationCatalogue.Any;
        string[] keys = [Key(channel, name), Key(channel, any), Key(any, name), Key(any, any)];
        var active = await db.ConfigurationVersions.AsNoTracking()
            .Where(c => c.Kind == Kind && c.Active && keys.Contains(c.Key)).ToListAsync(ct);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (active.FirstOrDefault(c => c.Key == key) is not { } version) continue;
            var template = NotificationTemplate.Parse(version.Document);
            var isSwitch = key.EndsWith(":" + any, StringComparison.Ordinal);
            if (!isSwitch || !template.Enabled) return new ResolvedTemplate(key, version.Version,
                isSwitch ? NotificationTemplate.Off : template);
        }
        return new ResolvedTemplate(Key(any, name), 0, DefaultTemplates.For(kind));
    }
}
