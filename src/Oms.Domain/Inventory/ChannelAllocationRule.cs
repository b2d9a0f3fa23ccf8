using Oms.Domain.Network;

namespace Oms.Domain.Inventory;

/// <summary>
/// A channel's share of stock at a location or a kind of location: a percentage of what is available to promise,
/// or at most a fixed number of units, less the channel's own safety stock. A rule for a location beats a rule
/// for its type; where no rule applies, the channel may sell everything available.
/// </summary>
public sealed record ChannelAllocationRule(string? Location, LocationType? LocationType, int? SharePercent, int? FixedQuantity,
    int SafetyStock = 0);
