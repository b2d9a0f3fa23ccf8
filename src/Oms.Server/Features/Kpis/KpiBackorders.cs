namespace Oms.Server.Features.Kpis;

/// <summary>Back-ordered lines: waiting for stock now, and ever back-ordered (each line counted once).</summary>
public sealed record KpiBackorders(long Lines, long EverBackorderedLines);
