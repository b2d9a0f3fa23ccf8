using Oms.Domain.Network;

namespace Oms.Domain.Sourcing;

/// <summary>What a filter or ranker sees about one candidate location for one line.</summary>
/// <param name="Available">The location's available-to-promise for the line's SKU before this order.</param>
/// <param name="DistanceKm">Great-circle distance to where the line goes; null when that point is unknown.</param>
/// <param name="CentralCode">The central location, which rules may name as <see cref="SourcingRuleSet.CentralLocationAlias"/>.</param>
internal readonly record struct CandidateFacts(
    Location Location, int Available, SourcingLine Line, string ChannelCode, double? DistanceKm, string? CentralCode)
{
    /// <summary>True when <paramref name="key"/> names this location, by code or by the central alias.</summary>
    public bool IsNamedBy(string key)
        => string.Equals(key, Location.Code, StringComparison.Ordinal)
           || (key == SourcingRuleSet.CentralLocationAlias && string.Equals(Location.Code, CentralCode, StringComparison.Ordinal));

    /// <summary>The entry for this location in a per-location table: by code, then by the central alias.</summary>
    public bool TryGetByLocation<T>(IReadOnlyDictionary<string, T> table, out T value)
    {
        if (table.TryGetValue(Location.Code, out value!)) return true;
        if (string.Equals(Location.Code, CentralCode, StringComparison.Ordinal)
            && table.TryGetValue(SourcingRuleSet.CentralLocationAlias, out value!)) return true;
        value = default!;
        return false;
    }
}
