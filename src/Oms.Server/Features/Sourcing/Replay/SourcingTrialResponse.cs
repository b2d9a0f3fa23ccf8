using Oms.Domain.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>Where the sample order would go, per delivery method: the rule set applied, the plan and the optimiser's explanation
/// (candidates, filters, scores). Line numbers count the request's lines from 1.</summary>
public sealed record SourcingTrialResponse(string Channel, IReadOnlyList<SourcingTrialPlan> Plans);

public sealed record SourcingTrialPlan(string DeliveryMethod, string RuleSet, IReadOnlyList<ReplayAssignment> Assignments,
    IReadOnlyList<int> UnservedLines, SourcingExplanation Explanation);
