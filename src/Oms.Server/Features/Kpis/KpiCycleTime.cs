namespace Oms.Server.Features.Kpis;

/// <summary>
/// One cycle time in hours (two decimals): how many measurements and their 50th, 90th and 95th percentiles (nearest rank:
/// the value at rank ⌈p·n⌉ of the sorted measurements); null when there is none.
/// </summary>
public sealed record KpiCycleTime(string Measure, long Count, decimal? P50Hours, decimal? P90Hours, decimal? P95Hours);
