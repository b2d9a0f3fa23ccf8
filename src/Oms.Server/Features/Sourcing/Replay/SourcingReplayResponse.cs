namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// The comparison of a replay. <paramref name="CandidateRuleSet"/> names the candidate rule set (<c>key@version</c>, or
/// <c>key@draft</c> for a document); <paramref name="Basis"/> says how both sides were computed (the same stock snapshot, the
/// same orders); <paramref name="Truncated"/> is true when the period held more orders than the limit.
/// <paramref name="OrdersChanged"/> counts every differing order; <paramref name="Differences"/> lists the first of them.
/// </summary>
public sealed record SourcingReplayResponse(string Key, string CandidateRuleSet, DateTime From, DateTime To, string? Channel, int Orders,
    bool Truncated, string Basis, string? ShippingCostBasis, ReplayMetrics Active, ReplayMetrics Candidate, int OrdersChanged,
    IReadOnlyList<ReplayOrderDifference> Differences);
