namespace Oms.Server.Features.Kpis;

/// <summary>A share: <see cref="Count"/> of <see cref="Of"/>, and the ratio (0–1, four decimals; null when nothing to divide).</summary>
public sealed record KpiRate(long Count, long Of, decimal? Rate)
{
    public static KpiRate Ratio(long count, long of) => new(count, of, of == 0 ? null : Math.Round((decimal)count / of, 4));
}
