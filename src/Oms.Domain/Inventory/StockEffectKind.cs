namespace Oms.Domain.Inventory;

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
