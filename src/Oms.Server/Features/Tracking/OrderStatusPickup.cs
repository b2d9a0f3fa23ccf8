namespace Oms.Server.Features.Tracking;

/// <summary>Where lines are to be collected, whether they are ready, and until when.</summary>
public sealed record OrderStatusPickup(string Location, string LocationName, bool Ready, DateTime? CollectBy, IReadOnlyList<int> LineNumbers);
