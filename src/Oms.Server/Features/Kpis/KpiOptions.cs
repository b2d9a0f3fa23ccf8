namespace Oms.Server.Features.Kpis;

/// <summary>How fresh the KPI figures are (<c>Oms:Kpis</c>): see <see cref="KpiCache"/> and <see cref="KpiWarmer"/>.</summary>
public sealed class KpiOptions
{
    /// <summary>The oldest snapshot <c>GET /api/kpis</c> answers with; older figures are computed again (0: always computed).</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Whether this node keeps the dashboard's default period (the last 30 days) computed, every half of <see cref="MaxAgeSeconds"/>.</summary>
    public bool WarmDefault { get; set; } = true;

    /// <summary>How many filters' snapshots a node keeps; beyond that the oldest are dropped.</summary>
    public int MaxEntries { get; set; } = 100;
}
