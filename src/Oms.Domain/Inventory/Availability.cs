namespace Oms.Domain.Inventory;

/// <summary>Available-to-promise as a pure calculation.</summary>
public static class Availability
{
    /// <summary>What can still be promised: on hand less reservations less the safety buffer, never below zero.</summary>
    public static int Atp(int onHand, int reserved, int safetyStock) => Math.Max(0, onHand - reserved - safetyStock);
}
