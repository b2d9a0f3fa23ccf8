namespace Oms.Ui.Api.Models;

/// <summary>Back-ordered lines now, and lines ever back-ordered.</summary>
public sealed record KpiBackorders(long Lines, long EverBackorderedLines);
