namespace Oms.Server.Features.Sourcing.Replay;

/// <summary>
/// What one side of a replay decided, over all replayed orders. A shipment is one location serving (part of) one order.
/// <paramref name="StoreShare"/> is the share of assigned line parts that a store serves (0..1). Distances are measured
/// from the serving location to where the line goes (null when no destination had coordinates).
/// <paramref name="ShippingCost"/> prices each shipment with the shipping-cost table named by the replay's
/// <c>shippingCostBasis</c>; null without one.
/// </summary>
public sealed record ReplayMetrics(int Lines, int Shipments, double ShipmentsPerOrder, int SplitLines, int UnservedLines,
    int UnservedUnits, double StoreShare, double? TotalDistanceKm, double? AverageDistanceKm, decimal? ShippingCost);
