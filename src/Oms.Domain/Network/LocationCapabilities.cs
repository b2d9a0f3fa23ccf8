namespace Oms.Domain.Network;

[Flags]
public enum LocationCapabilities
{
    None = 0,
    /// <summary>Ships parcels to customers (a DC, ship-from-store, a 3PL, a drop-ship supplier).</summary>
    Ship = 1,
    /// <summary>Hands orders to customers who come to collect them.</summary>
    Pickup = 2,
    /// <summary>Accepts returns.</summary>
    Returns = 4,
    /// <summary>Sells over the counter (a store's POS).</summary>
    CarryOut = 8,
}
