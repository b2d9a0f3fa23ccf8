namespace Oms.Ui.Api.Models;

/// <summary>A sourcing replay's answer (POST /api/sourcing/replays): both sides' metrics and the first differing orders.</summary>
public sealed record ReplayComparison(string Key, string CandidateRuleSet, int Orders, bool Truncated, string Basis, string? ShippingCostBasis,
    ReplayMetrics Active, ReplayMetrics Candidate, int OrdersChanged, IReadOnlyList<ReplayDifference> Differences);

public sealed record ReplayMetrics(int Lines, int Shipments, double ShipmentsPerOrder, int SplitLines, int UnservedLines, int UnservedUnits,
    double StoreShare, double? TotalDistanceKm, double? AverageDistanceKm, decimal? ShippingCost);

public sealed record ReplayDifference(Guid OrderId, string Number, string Channel, DateTime CreatedAt, ReplayOutcome Active, ReplayOutcome Candidate);

public sealed record ReplayOutcome(IReadOnlyList<string> Locations, IReadOnlyList<ReplayPart> Assignments, IReadOnlyList<int> UnservedLines);

public sealed record ReplayPart(int LineNumber, string Sku, string Location, int Quantity, string? TransferTo);
