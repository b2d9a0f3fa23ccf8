using Oms.Domain.Common;

namespace Oms.Domain.Inventory;

/// <summary>
/// Stock of one SKU at one location. Reservations change <see cref="Reserved"/> only through the
/// database's conditional update (see the persistence layer), never by read-modify-write here.
/// </summary>
public sealed class StockItem
{
    private StockItem() { LocationCode = null!; Sku = null!; }

    public StockItem(string locationCode, string sku, int onHand, int safetyStock, DateTime updatedAt)
    {
        LocationCode = Guard.NotEmpty(locationCode, "location");
        Sku = Guard.NotEmpty(sku, "sku");
        OnHand = Guard.NotNegative(onHand, "onHand");
        SafetyStock = Guard.NotNegative(safetyStock, "safetyStock");
        UpdatedAt = updatedAt;
    }

    public string LocationCode { get; private set; }
    public string Sku { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int SafetyStock { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public int AvailableToPromise => Availability.Atp(OnHand, Reserved, SafetyStock);
}
