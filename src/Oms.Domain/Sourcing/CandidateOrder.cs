namespace Oms.Domain.Sourcing;

/// <summary>Which candidates <see cref="SourcingLimits.MaxCandidates"/> keeps.</summary>
public enum CandidateOrder
{
    /// <summary>The best total ranker score (lowest points).</summary>
    Score,
    /// <summary>The nearest to the customer (great-circle).</summary>
    Distance,
}
