using Oms.Domain.Common;
using Oms.Domain.Orders;

namespace Oms.Domain.Sourcing;

/// <summary>
/// The webshop's "which stores near me have it": the stores a customer may be offered for pickup, under a pickup
/// rule set. The same filters, rankers and candidate limit as sourcing apply, measured from the customer's point,
/// with filters scoped to <see cref="DeliveryMethod.PickupInStore"/>; a store qualifies only when it can hand out
/// pickups and holds the whole quantity itself.
/// </summary>
public static class PickupStoreFinder
{
    /// <returns>The stores to offer, best first (nearest first when the rule set ranks by distance).</returns>
    public static IReadOnlyList<CandidateScore> Find(SourcingRuleSet rules, string channelCode, GeoPoint near, string sku, int quantity,
        IReadOnlyCollection<StockAtLocation> stock, string? centralLocationCode = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stock);
        Guard.Positive(quantity, "quantity");
        var line = new SourcingLine(Guid.Empty, Guard.NotEmpty(sku, "sku"), quantity, DeliveryMethod.PickupInStore, null, near);
        var rows = stock.Where(s => string.Equals(s.Sku, line.Sku, StringComparison.Ordinal)).ToList();
        var candidates = LineCandidates.Build(line, near, "the customer's point", rules, channelCode, centralLocationCode, rows, storeSearch: true);
        return [.. candidates.Kept.Select(k => ExplanationBuilder.ToScore(rules, k))];
    }
}
