namespace Oms.Domain.Orders;

/// <summary>
/// How far a line has come on the forward path, so that a resent fulfilment event can be recognised: a line that is
/// already packed has been picked and released, so "picked" again restates what happened and changes nothing.
/// </summary>
public static class LineProgress
{
    public static int Rank(LineStatus status) => status switch
    {
        LineStatus.Allocated => 1,
        LineStatus.Released => 2,
        LineStatus.Picked => 3,
        LineStatus.Packed => 4,
        LineStatus.Shipped or LineStatus.ReadyForPickup => 5,
        LineStatus.Delivered or LineStatus.Collected => 6,
        _ => 0,
    };

    /// <summary>The rank a line has once <paramref name="action"/> happened; 0 for actions off the forward path.</summary>
    public static int RankAfter(LineAction action) => action switch
    {
        LineAction.Release => 2,
        LineAction.Pick => 3,
        LineAction.Pack => 4,
        LineAction.Ship or LineAction.ReadyForPickup => 5,
        LineAction.Deliver or LineAction.Collect => 6,
        _ => 0,
    };

    /// <summary>True when the line already is where <paramref name="action"/> would take it, or further on the same path.</summary>
    public static bool Reached(LineStatus status, LineAction action)
    {
        var target = RankAfter(action);
        if (target == 0 || Rank(status) < target) return false;
        // A pickup line never ships and a parcel is never collected: at the last steps the path must match.
        return action switch
        {
            LineAction.Ship or LineAction.Deliver => status is LineStatus.Shipped or LineStatus.Delivered,
            LineAction.ReadyForPickup or LineAction.Collect => status is LineStatus.ReadyForPickup or LineStatus.Collected,
            _ => true,
        };
    }
}
