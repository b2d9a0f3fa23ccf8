using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Inventory;

/// <summary>Stock commands name a location that holds stock and SKUs the catalogue knows.</summary>
internal static class StockReferences
{
    public static async Task EnsureAsync(OmsDbContext db, string location, IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        var loc = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Code == location, ct)
            ?? throw new NotFoundException("Location", location);
        if (!loc.HoldsStock) throw new BusinessRuleException("location", $"{location} is a carrier pickup point and holds no stock.");
        var known = await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(ct);
        var unknown = skus.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count == 1 && skus.Count == 1) throw new NotFoundException("SKU", unknown[0]);
        if (unknown.Count > 0) throw new BusinessRuleException("items", $"Unknown SKU(s): {string.Join(", ", unknown.Take(10))}.");
    }

    public static string? Reason(string? reason) => reason is { Length: > Limits.Reason }
        ? throw new BusinessRuleException("reason", $"reason must be at most {Limits.Reason} characters.")
        : string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
