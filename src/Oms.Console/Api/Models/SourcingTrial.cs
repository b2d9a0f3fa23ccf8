namespace Oms.Ui.Api.Models;

/// <summary>Where a sample order would go (POST /api/sourcing/trials), per delivery method, with the optimiser's reasons.</summary>
public sealed record SourcingTrial(string Channel, IReadOnlyList<SourcingTrialPlan> Plans);

public sealed record SourcingTrialPlan(string DeliveryMethod, string RuleSet, IReadOnlyList<ReplayPart> Assignments, IReadOnlyList<int> UnservedLines,
    SourcingTrialExplanation Explanation);

public sealed record SourcingTrialExplanation(string RuleSet, string Summary, IReadOnlyList<SourcingTrialLineExplanation> Lines);

public sealed record SourcingTrialLineExplanation(string Sku, int Quantity, string Destination, int CandidatesConsidered, string Decision);
