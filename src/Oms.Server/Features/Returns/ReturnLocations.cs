using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;

namespace Oms.Server.Features.Returns;

/// <summary>Only a known, active location that takes returns (its <c>returns</c> capability) may expect or receive them.</summary>
internal static class ReturnLocations
{
    public static async Task CheckAsync(OmsDbContext db, string code, string field, CancellationToken ct)
    {
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, ct)
            ?? throw new BusinessRuleException(field, $"Unknown location '{code}'.");
        if (!location.Can(LocationCapabilities.Returns))
            throw new BusinessRuleException(field,
                $"{location.Code} does not take returns (it is disabled or lacks the returns capability).");
    }

    /// <summary><paramref name="code"/> when it is a store (it has a till that can hand cash back); null otherwise.</summary>
    public static async Task<string?> TillAsync(OmsDbContext db, string? code, CancellationToken ct)
        => code is not null && await db.Locations.AsNoTracking().AnyAsync(l => l.Code == code && l.Type == LocationType.Store, ct)
            ? code : null;
}
