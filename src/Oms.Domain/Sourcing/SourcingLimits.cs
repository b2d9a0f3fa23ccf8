using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

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
        if (!Enum.IsDefined(rankCandidatesBy))
            throw new BusinessRuleException("rankCandidatesBy", $"Unknown candidate order {rankCandidatesBy}.");
        MaxCandidates = maxCandidates;
        RankCandidatesBy = rankCandidatesBy;
        MaxShipments = maxShipments;
        AllowLineSplit = allowLineSplit;
    }

    /// <summary>
    /// At most this many candidate locations per line survive, chosen by <see cref="RankCandidatesBy"/> after the filters.
    /// </summary>
    public int? MaxCandidates { get; }
    public CandidateOrder RankCandidatesBy { get; }
    /// <summary>At most this many distinct locations (fulfilment orders) per order; lines beyond it are back-ordered.</summary>
    public int? MaxShipments { get; }
    /// <summary>Whether one line's quantity may come from several locations.</summary>
    public bool AllowLineSplit { get; }

    public static SourcingLimits None { get; } = new();
}
