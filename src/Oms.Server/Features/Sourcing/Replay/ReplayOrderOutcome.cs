namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>One side's plan for one order: its assignments (line number, SKU, location, units) and the lines nothing served.</summary>
public sealed record ReplayOrderOutcome(IReadOnlyList<string> Locations, IReadOnlyList<ReplayAssignment> Assignments,
    IReadOnlyList<int> UnservedLines);

/// <param name="TransferTo">The pickup store the location ships to, when it is a transfer.</param>
public sealed record ReplayAssignment(int LineNumber, string Sku, string Location, int Quantity, string? TransferTo);
