using Oms.Domain.Common;

namespace Oms.Domain.Inventory;

/// <summary>
/// The books and the shelf disagree at a location: goods left (a till sale, a shipment, a collection) that the books did
/// not have free, or a count left reservations uncovered. The store is asked to recount; the next count of the SKU there
/// resolves it.
/// </summary>
public sealed class StockDiscrepancy
{
    private StockDiscrepancy() { LocationCode = null!; Sku = null!; Reason = null!; }

    public StockDiscrepancy(Guid id, string locationCode, string sku, string reason, int onHand, int reserved, DateTime raisedAt)
    {
        Id = id;
        LocationCode = Guard.NotEmpty(locationCode, "location");
        Sku = Guard.NotEmpty(sku, "sku");
        Reason = Guard.NotEmpty(reason, "reason");
        OnHand = onHand;
        Reserved = reserved;
        RaisedAt = raisedAt;
        Status = DiscrepancyStatus.Open;
    }

    public Guid Id { get; private set; }
    public string LocationCode { get; private set; }
    public string Sku { get; private set; }
    public string Reason { get; private set; }
    /// <summary>On-hand and reserved as the books stood after the movement that raised it.</summary>
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public DiscrepancyStatus Status { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public string? Resolution { get; private set; }

    public void Resolve(string resolution, string by, DateTime at)
    {
        if (Status == DiscrepancyStatus.Resolved) return;
        Status = DiscrepancyStatus.Resolved;
        Resolution = Guard.NotEmpty(resolution, "resolution");
        ResolvedBy = by;
        ResolvedAt = at;
    }
}
