using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oms.Persistence;
using Oms.Server.Core.Configuration;

namespace Oms.Server.Web;

/// <summary>A configuration key's versions, newest first, in keyset pages by version number.</summary>
public static class ConfigurationHistory
{
    public static async Task<CursorPage<ConfigurationVersionResponse>> PageAsync(this OmsDbContext db, string kind, string key, int? limit,
        string? cursor, CancellationToken ct)
    {
        var take = PageCursor.Limit(limit);
        var after = KeyCursor.Parse(cursor) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
                : throw QueryValues.Invalid("cursor", "cursor is not a cursor from this list.")
            : (int?)null;
        var q = db.ConfigurationVersions.AsNoTracking().Where(c => c.Kind == kind && c.Key == key);
        if (after is { } below) q = q.Where(c => c.Version < below);
        var rows = await q.OrderByDescending(c => c.Version).Take(take + 1).ToListAsync(ct);
        return KeyCursor.Page(rows, take, c => c.Version.ToString(CultureInfo.InvariantCulture), ConfigurationVersionResponse.From);
    }
}
