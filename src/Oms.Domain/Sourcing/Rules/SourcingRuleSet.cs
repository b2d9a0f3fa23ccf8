using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>Where a pickup line's stock may come from.</summary>
public enum PickupSourcing
{
    /// <summary>The store the customer chose must hold the stock itself; otherwise the line is back-ordered.</summary>
    ChosenStoreOnly,
    /// <summary>The chosen store when it holds the stock; otherwise another location ships it there (a transfer).</summary>
    ChosenStoreThenTransfer,
}

/// <summary>Which candidates <see cref="SourcingLimits.MaxCandidates"/> keeps.</summary>
public enum CandidateOrder
{
    /// <summary>The best total ranker score (lowest points).</summary>
    Score,
    /// <summary>The nearest to the customer (great-circle).</summary>
    Distance,
}

/// <summary>
/// Bounds on a plan. Null means unbounded. Splitting an order over locations is governed by
/// <see cref="MaxShipments"/> (1 = never split the order); splitting one line's quantity by <see cref="AllowLineSplit"/>.
/// </summary>
public sealed record SourcingLimits
{
    public SourcingLimits(int? maxCandidates = null, CandidateOrder rankCandidatesBy = CandidateOrder.Score,
        int? maxShipments = null, bool allowLineSplit = false)
    {
        if (maxCandidates is { } n) Guard.Positive(n, "maxCandidates");
        if (maxShipments is { } k) Guard.Positive(k, "maxShipments");
        if (!Enum.IsDefined(rankCandidatesBy)) throw new BusinessRuleException("rankCandidatesBy", $"Unknown candidate order {rankCandidatesBy}.");
        MaxCandidates = maxCandidates;
        RankCandidatesBy = rankCandidatesBy;
        MaxShipments = maxShipments;
        AllowLineSplit = allowLineSplit;
    }

    /// <summary>At most this many candidate locations per line survive, chosen by <see cref="RankCandidatesBy"/> after the filters.</summary>
    public int? MaxCandidates { get; }
    public CandidateOrder RankCandidatesBy { get; }
    /// <summary>At most this many distinct locations (fulfilment orders) per order; lines beyond it are back-ordered.</summary>
    public int? MaxShipments { get; }
    /// <summary>Whether one line's quantity may come from several locations.</summary>
    public bool AllowLineSplit { get; }

    public static SourcingLimits None { get; } = new();
}

/// <summary>
/// A sourcing rule set as data: filters remove candidate locations per line, rankers score the rest (lower is
/// better), limits bound the plan. Build it from JSON with <see cref="SourcingRuleSetParser.Parse"/> and store it as
/// <see cref="SourcingRuleSetParser.Serialize"/>'s canonical text (not with JsonSerializer on this type). Compare two rule
/// sets by that text: record equality compares the filter and ranker lists by reference.
/// </summary>
public sealed record SourcingRuleSet
{
    public SourcingRuleSet(string name, IReadOnlyList<SourcingFilter> filters, IReadOnlyList<SourcingRanker> rankers,
        SourcingLimits? limits = null, PickupSourcing pickupSourcing = PickupSourcing.ChosenStoreOnly, bool fewerShipmentsFirst = true)
    {
        Name = Guard.NotEmpty(name, "name");
        if (!Enum.IsDefined(pickupSourcing)) throw new BusinessRuleException("pickupSourcing", $"Unknown pickup sourcing {pickupSourcing}.");
        Filters = [.. filters];
        Rankers = [.. rankers];
        Limits = limits ?? SourcingLimits.None;
        PickupSourcing = pickupSourcing;
        FewerShipmentsFirst = fewerShipmentsFirst;
    }

    public string Name { get; }
    /// <summary>Applied in order; the first filter that rejects a candidate is the one the explanation names.</summary>
    public IReadOnlyList<SourcingFilter> Filters { get; }
    /// <summary>Combined as a weighted sum of each ranker's value (km, currency, days, rank, shipments).</summary>
    public IReadOnlyList<SourcingRanker> Rankers { get; }
    public SourcingLimits Limits { get; }
    public PickupSourcing PickupSourcing { get; }
    /// <summary>
    /// True: a plan with fewer shipments always beats one with more, whatever the scores. False: shipments only
    /// count through a <see cref="ShipmentsRanker"/>'s weight, traded off against the other rankers.
    /// </summary>
    public bool FewerShipmentsFirst { get; }

    /// <summary>Stands for the central location passed to the optimiser wherever a rule names a location code.</summary>
    public const string CentralLocationAlias = "@central";
}
