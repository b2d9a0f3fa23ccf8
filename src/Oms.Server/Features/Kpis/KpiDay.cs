namespace Oms.Server.Features.Kpis;

/// <summary>Orders captured on one UTC day in one channel, and their value (the orders' totals as the API shows them).</summary>
public sealed record KpiDay(string Day, string Channel, long Orders, decimal Revenue);
