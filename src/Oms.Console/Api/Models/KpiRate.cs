namespace Oms.Ui.Api.Models;

/// <summary>A share: count of a whole, and the ratio (0–1) when there is a whole.</summary>
public sealed record KpiRate(long Count, long Of, decimal? Rate);
