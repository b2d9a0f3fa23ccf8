using Oms.Domain.Inventory;

namespace Oms.Server.Features.Inventory;

/// <summary>Where the books and the shelf disagree, and whether a recount settled it.</summary>
public sealed record DiscrepancyResponse(Guid Id, string Location, string Sku, string Reason, int OnHand, int Reserved, DateTime RaisedAt,
    DiscrepancyStatus Status, DateTime? ResolvedAt, string? ResolvedBy, string? Resolution)
{
    public static DiscrepancyResponse From(StockDiscrepancy d)
        => new(d.Id, d.LocationCode, d.Sku, d.Reason, d.OnHand, d.Reserved, d.RaisedAt,
        d.Status, d.ResolvedAt, d.ResolvedBy, d.Resolution);
}
