using Oms.Domain.Network;
using Oms.Domain.Sourcing;

namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// The one shipping-cost table both sides of a replay are priced with, so that the costs compare: the candidate's
/// shippingCost ranker, else that of the key's active rule set. Per parcel: by location code, else by type, else default.
/// </summary>
internal sealed class ReplayCostTable(LocationTable table, string centralLocation, string basis)
{
    public string Basis { get; } = basis;

    public decimal For(Location location)
    {
        if (table.ByLocation.TryGetValue(location.Code, out var v)) return (decimal)v;
        if (location.Code == centralLocation && table.ByLocation.TryGetValue(SourcingRuleSet.CentralLocationAlias, out v)) return (decimal)v;
        return (decimal)(table.ByLocationType.TryGetValue(location.Type, out v) ? v : table.Default);
    }

    public static ReplayCostTable? Of(SourcingRuleSet candidate, SourcingRuleSet? active, string centralLocation)
    {
        if (candidate.Rankers.OfType<ShippingCostRanker>().FirstOrDefault() is { } c)
            return new(c.Costs, centralLocation, $"the shippingCost ranker of the candidate ({candidate.Name})");
        if (active?.Rankers.OfType<ShippingCostRanker>().FirstOrDefault() is { } a)
            return new(a.Costs, centralLocation, $"the shippingCost ranker of the key's active rule set ({active.Name})");
        return null;
    }
}
