namespace Oms.Ui.Api.Models;

/// <summary>What a back-order run did (POST /api/backorders/allocate).</summary>
public sealed record BackorderRun(int OrdersTried, int LinesAllocated, IReadOnlyList<string> Orders);
