namespace Oms.Ui.Api.Models;

/// <summary>A cycle time's measurements and percentiles, in hours.</summary>
public sealed record KpiCycleTime(string Measure, long Count, decimal? P50Hours, decimal? P90Hours, decimal? P95Hours);
