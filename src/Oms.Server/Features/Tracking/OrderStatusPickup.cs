namespace Oms.Server.Features.Tracking;

/// <summary>
/// Where lines are to be collected, whether they are ready, and until when; with the store's address and its opening hours
/// (local time, Monday first, one entry per range; empty when the store's hours are not known).
/// </summary>
public sealed record OrderStatusPickup(string Location, string LocationName, bool Ready, DateTime? CollectBy, IReadOnlyList<int> LineNumbers,
    string? Address = null, IReadOnlyList<OrderStatusOpeningHours>? OpeningHours = null);
