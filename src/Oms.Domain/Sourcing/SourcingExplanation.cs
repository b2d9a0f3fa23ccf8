namespace Oms.Domain.Sourcing;

/// <summary>
/// Why a plan is what it is, for people (the console, customer service) and for audit. Plain records, serialisable
/// with System.Text.Json and stored with the order. Long lists are capped (see <see cref="FilteredOutGroup.Count"/>
/// and <see cref="LineExplanation.CandidatesScored"/>) so that a network of thousands of locations stays readable.
/// </summary>
/// <param name="RuleSet">The name of the rule set applied.</param>
/// <param name="Summary">The plan in one sentence.</param>
/// <param name="Search">How the plan was found: the exact search, or the greedy fallback when the search space was too large.</param>
/// <param name="Shipments">Distinct locations in the plan.</param>
/// <param name="Score">The plan's total points (assignment scores plus the shipments ranker); lower is better.</param>
public sealed record SourcingExplanation(string RuleSet, string Summary, string Search, int Shipments, double Score,
    IReadOnlyList<LineExplanation> Lines);

/// <param name="DeliveryMethod">The line's delivery method, as the API spells it.</param>
/// <param name="Destination">Where distances were measured to, in words (e.g. "the customer's address", "pickup location
/// STORE-AMS"), or "distance unknown: " and why.</param>
/// <param name="CandidatesConsidered">Locations with a stock record for the SKU.</param>
/// <param name="FilteredOut">Candidates removed, grouped by the rule that removed them, in the order the rules apply.</param>
/// <param name="Scores">The best-scored remaining candidates (and any chosen one), best first.</param>
/// <param name="CandidatesScored">How many candidates remained after the filters and limits; <paramref name="Scores"/> may list fewer.</param>
/// <param name="Chosen">The line's assignments; empty when it is back-ordered.</param>
/// <param name="Decision">The outcome and its reason in one sentence.</param>
public sealed record LineExplanation(Guid LineId, string Sku, int Quantity, string DeliveryMethod, string? PickupLocation,
    string Destination, int CandidatesConsidered, IReadOnlyList<FilteredOutGroup> FilteredOut,
    IReadOnlyList<CandidateScore> Scores, int CandidatesScored, IReadOnlyList<Assignment> Chosen, string Decision);

/// <param name="Rule">The rule, as a path into the rule set (<c>filters[2] sizeClass</c>) or a built-in rule's name.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Count">How many candidates this rule removed.</param>
/// <param name="Locations">Their codes, the first <see cref="MaxListed"/> of them.</param>
public sealed record FilteredOutGroup(string Rule, string Reason, int Count, IReadOnlyList<string> Locations)
{
    public const int MaxListed = 50;
}

/// <param name="Transfer">The location would ship to the pickup store rather than serve the customer itself.</param>
/// <param name="Total">The sum of the rankers' points; lower is better.</param>
public sealed record CandidateScore(string LocationCode, int AvailableToPromise, bool Transfer, IReadOnlyList<RankerScore> Rankers, double Total)
{
    public const int MaxListed = 10;
}

/// <param name="Value">The ranker's raw value in <paramref name="Unit"/>; null when it could not be measured (a distance
/// to an address without coordinates), which scores 0 points.</param>
/// <param name="Points">Value times weight.</param>
public sealed record RankerScore(string Ranker, double? Value, string Unit, double Weight, double Points);
