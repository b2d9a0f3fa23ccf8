using Oms.Domain.Sourcing;

namespace Oms.Server.Web.OpenApi.Documents;

/// <summary>
/// A sourcing rule set (<c>Oms.Domain.Sourcing.SourcingRuleSetParser</c> reads it): filters remove candidate locations per
/// line, rankers score the rest (lower is better), limits bound the plan. Enum values are read case-insensitively; comments
/// and trailing commas are accepted; unknown properties are refused. <c>@central</c> stands for the central DC wherever a
/// location code goes.
/// </summary>
/// <param name="Name">Names the rule set in sourcing explanations.</param>
/// <param name="PickupSourcing">Where a pickup line's stock may come from; default <c>chosenStoreOnly</c>.</param>
/// <param name="FewerShipmentsFirst">True (default): a plan with fewer shipments always wins; false: shipments count only
/// through a <c>shipments</c> ranker.</param>
/// <param name="Filters">Applied in order; the first that removes a candidate is the one the explanation names.</param>
/// <param name="Rankers">Combined as a weighted sum; none: every candidate scores the same.</param>
public sealed record SourcingRuleSetDocument(string Name, PickupSourcing? PickupSourcing = null, bool? FewerShipmentsFirst = null,
    IReadOnlyList<SourcingFilterDocument>? Filters = null, IReadOnlyList<SourcingRankerDocument>? Rankers = null,
    SourcingLimitsDocument? Limits = null);

/// <summary>Bounds on a plan; each left out is unbounded.</summary>
/// <param name="MaxCandidates">At most this many candidate locations per line survive the filters, chosen by <c>rankCandidatesBy</c>.</param>
/// <param name="RankCandidatesBy">Which candidates <c>maxCandidates</c> keeps; default <c>score</c>.</param>
/// <param name="MaxShipments">At most this many locations (fulfilment orders) per order; 1 never splits the order.</param>
/// <param name="AllowLineSplit">Whether one line's quantity may come from several locations; default false.</param>
public sealed record SourcingLimitsDocument(int? MaxCandidates = null, CandidateOrder? RankCandidatesBy = null, int? MaxShipments = null,
    bool? AllowLineSplit = null);
