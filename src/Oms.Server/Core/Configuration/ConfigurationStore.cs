using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Configuration;
using Oms.Persistence;

namespace Oms.Server.Core.Configuration;

public sealed record ConfigurationVersionResponse(string Kind, string Key, int Version, bool Active, string? Comment,
    string CreatedBy, DateTime CreatedAt, string? ActivatedBy, DateTime? ActivatedAt, System.Text.Json.JsonElement Document)
{
    public static ConfigurationVersionResponse From(ConfigurationVersion v) => new(v.Kind, v.Key, v.Version, v.Active, v.Comment,
        v.CreatedBy, v.CreatedAt, v.ActivatedBy, v.ActivatedAt, System.Text.Json.JsonDocument.Parse(v.Document).RootElement.Clone());
}

/// <summary>
/// Versioned runtime configuration: saving writes a new version and (by default) activates it in the same
/// transaction; nothing is cached, so every node sees a change with its next command, without a restart.
/// </summary>
public static class ConfigurationStore
{
    public static Task<ConfigurationVersion?> ActiveAsync(this OmsDbContext db, string kind, string key, CancellationToken ct)
        => db.ConfigurationVersions.AsNoTracking().FirstOrDefaultAsync(c => c.Kind == kind && c.Key == key && c.Active, ct);

    /// <summary>Runs inside the caller's command; a concurrent save of the same key loses on the unique index and is retried.</summary>
    public static async Task<ConfigurationVersion> SaveAsync(this OmsDbContext db, string kind, string key, string canonicalDocument,
        string? comment, bool activate, Actor actor, DateTime now, CancellationToken ct)
    {
        var last = await db.ConfigurationVersions.Where(c => c.Kind == kind && c.Key == key).MaxAsync(c => (int?)c.Version, ct) ?? 0;
        var version = new ConfigurationVersion(Ids.Next(now), kind, key, last + 1, canonicalDocument, comment, actor, now);
        db.ConfigurationVersions.Add(version);
        await CacheStamps.BumpAsync(db, CacheStamps.Configuration, ct);
        if (activate) await ActivateAsync(db, version, actor, now, ct);
        return version;
    }

    public static async Task ActivateAsync(this OmsDbContext db, ConfigurationVersion version, Actor actor, DateTime now, CancellationToken ct)
    {
        var current = await db.ConfigurationVersions.Where(c => c.Kind == version.Kind && c.Key == version.Key && c.Active && c.Id != version.Id).ToListAsync(ct);
        foreach (var c in current) c.Deactivate();
        version.Activate(actor, now);
        await CacheStamps.BumpAsync(db, CacheStamps.Configuration, ct);
    }

    public static Task<List<ConfigurationVersion>> HistoryAsync(this OmsDbContext db, string kind, string key, CancellationToken ct)
        => db.ConfigurationVersions.AsNoTracking().Where(c => c.Kind == kind && c.Key == key).OrderByDescending(c => c.Version).ToListAsync(ct);
}
