namespace Oms.Server.Features.Kpis;

/// <summary>A checked <see cref="KpiQuery"/>: UTC bounds, trimmed codes, the service levels in hours.</summary>
internal sealed record KpiFilter(DateTime From, DateTime To, string? Channel, string? Location, int ShipWithinHours,
    int PickupWithinHours);
