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

/// <summary>Available-to-promise as a pure calculation.</summary>
public static class Availability
{
    /// <summary>What can still be promised: on hand less reservations less the safety buffer, never below zero.</summary>
    public static int Atp(int onHand, int reserved, int safetyStock) => Math.Max(0, onHand - reserved - safetyStock);
}

/// <summary>What a command does to stock; the handler applies it atomically in the same transaction.</summary>
public enum StockEffectKind
{
    /// <summary>Hold units for an order line (conditional on available-to-promise).</summary>
    Reserve,
    /// <summary>Give held units back (cancel, pickup expired).</summary>
    ReleaseReservation,
    /// <summary>Held units leave the building (shipped, collected).</summary>
    ConsumeReservation,
    /// <summary>Units leave at once without a prior reservation (carry-out at the till).</summary>
    ConsumeOnHand,
    /// <summary>A line promised against an expected receipt no longer needs that promise (allocated or cancelled).</summary>
    ReleasePromise,
}

/// <param name="ReceiptId">The expected receipt, for <see cref="StockEffectKind.ReleasePromise"/>.</param>
public sealed record StockEffect(StockEffectKind Kind, string LocationCode, string Sku, int Quantity, Guid? ReceiptId = null);
