using System.Text.Json.Serialization;
using Oms.Domain.Sourcing;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>
/// A sourcing rule set: filters remove candidate locations per line, rankers score the rest (lower is better), limits
/// bound the plan. Enum values are read case-insensitively; unknown properties are refused. <c>@central</c> stands for
/// the central DC wherever a location code goes.
/// </summary>
/// <param name="Name">Names the rule set in sourcing explanations.</param>
/// <param name="PickupSourcing">Where a pickup line's stock may come from; default <c>chosenStoreOnly</c>.</param>
/// <param name="FewerShipmentsFirst">True (default): a plan with fewer shipments always wins; false: shipments count only
/// through a <c>shipments</c> ranker.</param>
/// <param name="Filters">Applied in order; the first that removes a candidate is the one the explanation names.</param>
/// <param name="Rankers">Combined as a weighted sum; none: every candidate scores the same.</param>
/// <param name="Limits">Bounds on the plan; left out: unbounded.</param>
[RequiredFields("name")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SourcingRuleSetDocument(string? Name, PickupSourcing? PickupSourcing = null, bool? FewerShipmentsFirst = null,
    IReadOnlyList<SourcingFilterDocument?>? Filters = null, IReadOnlyList<SourcingRankerDocument?>? Rankers = null,
    SourcingLimitsDocument? Limits = null);
