using Oms.Server.Web;

namespace Oms.Server.Features.Kpis;

/// <summary>
/// The dashboard's filter as <c>GET /api/kpis</c> takes it: orders captured in [<c>from</c>, <c>to</c>) (default the last 30
/// UTC days, today included: <c>to</c> the end of today, <c>from</c> 30 days before <c>to</c>), of one channel and/or touching one location (sold, fulfilled or picked up there). The two service levels
/// (hours from capture to shipment and to ready-for-pickup) define what counts as late; they default to 48 and 24 hours.
/// </summary>
public sealed record KpiQuery(DateTime? From, DateTime? To, string? Channel, string? Location, int? ShipWithinHours,
    int? PickupWithinHours)
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public const int DefaultShipWithinHours = 48;
    public const int DefaultPickupWithinHours = 24;

    internal KpiFilter Resolve(DateTime now)
    {
        // The end of today rather than this instant: the same orders (none is captured later than now), but the same filter all
        // day long, so that the default period has one snapshot (KpiCache) and is the dashboard's "last 30 days".
        var to = To?.ToUniversalTime() ?? now.Date.AddDays(1);
        var from = From?.ToUniversalTime() ?? to.AddDays(-DefaultDays);
        if (from >= to) throw QueryValues.Invalid("from", "from must be before to.");
        if ((to - from).TotalDays > MaxDays) throw QueryValues.Invalid("to", $"The period may span at most {MaxDays} days.");
        var ship = ShipWithinHours ?? DefaultShipWithinHours;
        var pickup = PickupWithinHours ?? DefaultPickupWithinHours;
        if (ship is < 1 or > 24 * 90) throw QueryValues.Invalid("shipWithinHours", "shipWithinHours must be between 1 and 2160.");
        if (pickup is < 1 or > 24 * 90) throw QueryValues.Invalid("pickupWithinHours", "pickupWithinHours must be between 1 and 2160.");
        return new KpiFilter(DateTime.SpecifyKind(from, DateTimeKind.Utc), DateTime.SpecifyKind(to, DateTimeKind.Utc),
            QueryValues.Text(Channel, "channel", 100), QueryValues.Text(Location, "location", 100), ship, pickup);
    }
}
