namespace Oms.Domain.Sourcing;

/// <summary>
/// How good a plan is, compared field by field: serve as many lines (then units) as possible; use the pickup
/// store's own stock before transfers; then, when the rule set says so, fewer shipments; then the lower score.
/// </summary>
internal readonly record struct PlanKey(int UnassignedLines, int UnassignedUnits, int Transfers, int Shipments, double Score)
{
    public static PlanKey Worst => new(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, double.MaxValue);

    /// <summary>True when this plan is strictly better than <paramref name="other"/>; equal plans keep the one found first.</summary>
    public bool Beats(PlanKey other, bool fewerShipmentsFirst)
    {
        if (UnassignedLines != other.UnassignedLines) return UnassignedLines < other.UnassignedLines;
        if (UnassignedUnits != other.UnassignedUnits) return UnassignedUnits < other.UnassignedUnits;
        if (Transfers != other.Transfers) return Transfers < other.Transfers;
        if (fewerShipmentsFirst && Shipments != other.Shipments) return Shipments < other.Shipments;
        // Scores are sums of doubles: treat differences in the last bits as ties.
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(Score));
        if (Math.Abs(Score - other.Score) > tolerance) return Score < other.Score;
        return Shipments < other.Shipments;
    }
}
