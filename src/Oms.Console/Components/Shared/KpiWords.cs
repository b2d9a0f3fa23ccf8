using System.Globalization;
using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.Shared;

/// <summary>How the dashboard writes its figures: invariant, so that a test can read them back.</summary>
public static class KpiWords
{
    public static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Money(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Hours(decimal? h) => h?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The ratio as a percentage with one decimal, or a dash when there is nothing to divide.</summary>
    public static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    public static string Measure(string measure) => measure switch
    {
        "captureToShip" => "Capture to shipment",
        "captureToDelivery" => "Capture to delivery",
        "captureToPickupReady" => "Capture to ready for pickup",
        _ => measure,
    };

    public static double Value(decimal? d) => (double)(d ?? 0m);

    public static IReadOnlyList<(string Key, string Title, Func<KpiReport, KpiRate> Rate)> Rates { get; } =
    [
        ("fulfilment", "Fulfilment rate (units)", r => r.Fulfilment),
        ("perfectOrders", "Perfect orders", r => r.PerfectOrders),
        ("splitShipments", "Split shipments", r => r.SplitShipments),
        ("shipFromStore", "Shipped from store", r => r.ShipFromStore),
        ("lateShipments", "SLA breaches: late shipments", r => r.LateShipments),
        ("latePickups", "SLA breaches: late pickups", r => r.LatePickups),
    ];
}
