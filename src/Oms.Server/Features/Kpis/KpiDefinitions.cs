namespace Oms.Server.Features.Kpis;

/// <summary>What each figure of <see cref="KpiReport"/> counts; served with the figures so that nobody has to guess.</summary>
internal static class KpiDefinitions
{
    public static IReadOnlyDictionary<string, string> For(KpiFilter f) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["scope"] = "Every figure is about the orders captured in [from, to) (UTC) of the channel, if given, that were sold at, " +
            "fulfilled from or picked up at the location, if given; later events of those orders (shipments, returns) count too.",
        ["asOf"] = "When these figures were computed (UTC). They are a snapshot: for the same filter a server answers the same " +
            "figures until they are older than Oms:Kpis:MaxAgeSeconds (60 seconds by default); a request with " +
            "Cache-Control: no-cache (or max-age=0) has them computed anew.",
        ["orders"] = "Orders captured in the period.",
        ["revenue"] = "The orders' totals as the API shows them: lines not cancelled (quantity × unit price − discount + tax) " +
            "plus the shipping charge.",
        ["ordersByDay"] = "Orders and revenue per UTC day of capture and per channel.",
        ["fulfilment"] = "Order fulfilment rate: units on lines shipped, delivered, collected or carried out, of the units ordered " +
            "less those on lines cancelled (by the customer, the channel or an agent). Expired pickups count as not fulfilled.",
        ["cycleTimes"] = "Hours from capture to each shipment (captureToShip), to each delivered shipment (captureToDelivery) " +
            "and to each pickup line made ready (captureToPickupReady); percentiles by nearest rank.",
        ["perfectOrders"] = "Of the finished orders (completed or cancelled), those completed with no line cancelled or expired, " +
            "no return asked for (rejected and withdrawn returns aside), every shipment within shipWithinHours " +
            $"({f.ShipWithinHours}) and every pickup ready within pickupWithinHours ({f.PickupWithinHours}) of capture.",
        ["returnsByReason"] = "Units on return requests (rejected and withdrawn aside) per reason code, of all units that reached " +
            "the customer (shipped, delivered, collected or carried out).",
        ["returnsByProduct"] = "Units returned per SKU, of that SKU's units that reached the customer; the 50 most returned.",
        ["backorders"] = "Lines back-ordered now, and lines that were ever back-ordered.",
        ["splitShipments"] = "Orders with more than one shipment, of the orders with at least one.",
        ["shipFromStore"] = "Shipments from a location of type store, of all shipments.",
        ["lateShipments"] = $"SLA breaches: shipments made later than shipWithinHours ({f.ShipWithinHours}) after capture, " +
            "of all shipments.",
        ["latePickups"] = $"SLA breaches: pickup lines made ready later than pickupWithinHours ({f.PickupWithinHours}) after " +
            "capture, of all pickup lines made ready.",
    };
}
