namespace Oms.Domain.Inventory;

/// <summary>What happened to the units: held for an order, given back, gone out of the door, counted, corrected.</summary>
public enum StockMovementKind
{
    /// <summary>Units held for an order line (reserved goes up).</summary>
    Reserve,
    /// <summary>Held units given back: cancelled, re-sourced, expired, rejected (reserved goes down).</summary>
    Release,
    /// <summary>Held units left the building: shipped or collected (on-hand and reserved go down).</summary>
    Consume,
    /// <summary>Sold over the counter and taken away (on-hand goes down, whatever the books said).</summary>
    Sell,
    /// <summary>An absolute count from the location (on-hand set).</summary>
    Count,
    /// <summary>A relative correction (damage, found, shrinkage).</summary>
    Adjust,
    /// <summary>Goods received against an expected receipt.</summary>
    Receive,
}
