namespace Oms.Domain.Inventory;

/// <summary>
/// One line of the stock journal: a change of on-hand or reserved at one location for one SKU, with the quantities after
/// it, why, from what and who. Written in the same transaction as the change, never updated.
/// </summary>
public sealed class StockMovement
{
    private StockMovement() { LocationCode = null!; Sku = null!; Actor = null!; }

    public StockMovement(Guid id, DateTime at, string locationCode, string sku, StockMovementKind kind, int onHandChange,
        int reservedChange, int onHandAfter, int reservedAfter, StockMovementSource source, string? reference, string? reason, string actor)
    {
        Id = id;
        At = at;
        LocationCode = locationCode;
        Sku = sku;
        Kind = kind;
        OnHandChange = onHandChange;
        ReservedChange = reservedChange;
        OnHandAfter = onHandAfter;
        ReservedAfter = reservedAfter;
        Source = source;
        Reference = reference;
        Reason = reason;
        Actor = actor;
    }

    public Guid Id { get; private set; }
    public DateTime At { get; private set; }
    public string LocationCode { get; private set; }
    public string Sku { get; private set; }
    public StockMovementKind Kind { get; private set; }
    public int OnHandChange { get; private set; }
    public int ReservedChange { get; private set; }
    public int OnHandAfter { get; private set; }
    public int ReservedAfter { get; private set; }
    public StockMovementSource Source { get; private set; }
    /// <summary>The order number, receipt reference or import job the movement belongs to.</summary>
    public string? Reference { get; private set; }
    public string? Reason { get; private set; }
    public string Actor { get; private set; }
}
