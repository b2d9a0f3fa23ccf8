using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;

namespace Oms.Domain.Tests.Sourcing;

/// <summary>A small Dutch network and helpers to state sourcing scenarios in one line each.</summary>
internal static class SourcingFixture
{
    public const LocationCapabilities ShipAndPickup = LocationCapabilities.Ship | LocationCapabilities.Pickup;

    public static readonly GeoPoint Home = new(52.37, 4.89); // Amsterdam centre

    public static readonly Location Dc = new("DC", "Central DC", LocationType.DistributionCenter, 52.03, 5.08, SizeClass.XL, LocationCapabilities.Ship);
    public static readonly Location Ams = new("AMS", "Amsterdam", LocationType.Store, 52.37, 4.89, SizeClass.L, ShipAndPickup);
    public static readonly Location Tiny = new("TINY", "Amsterdam Oost", LocationType.Store, 52.36, 4.92, SizeClass.XS, ShipAndPickup);
    public static readonly Location Hlm = new("HLM", "Haarlem", LocationType.Store, 52.38, 4.64, SizeClass.M, ShipAndPickup);
    public static readonly Location Utr = new("UTR", "Utrecht", LocationType.Store, 52.09, 5.12, SizeClass.S, ShipAndPickup);
    public static readonly Location Rtm = new("RTM", "Rotterdam", LocationType.Store, 51.92, 4.48, SizeClass.XL, ShipAndPickup);
    public static readonly Location Mst = new("MST", "Maastricht", LocationType.Store, 50.85, 5.69, SizeClass.M, ShipAndPickup);
    public static readonly Location PickupOnly = new("KIOSK", "Kiosk", LocationType.Store, 52.37, 4.90, SizeClass.XS, LocationCapabilities.Pickup);
    public static readonly Location ThirdParty = new("3PL", "Eindhoven 3PL", LocationType.ExternalDc, 51.44, 5.47, SizeClass.XL, LocationCapabilities.Ship);
    public static readonly Location DropA = new("DROP-A", "Supplier A", LocationType.DropShipSupplier, 51.0, 7.0, SizeClass.L, LocationCapabilities.Ship);
    public static readonly Location DropB = new("DROP-B", "Supplier B", LocationType.DropShipSupplier, 48.0, 11.0, SizeClass.L, LocationCapabilities.Ship);
    public static readonly Location CarrierPoint = new("PUP", "Carrier point", LocationType.CarrierPickupPoint, 52.37, 4.89, SizeClass.XS, LocationCapabilities.Pickup);

    public static SourcingLine Ship(string sku, int qty = 1) => new(Guid.NewGuid(), sku, qty, DeliveryMethod.ShipToAddress, null);
    public static SourcingLine Pickup(string store, string sku, int qty = 1) => new(Guid.NewGuid(), sku, qty, DeliveryMethod.PickupInStore, store);

    public static SourcingRequest Order(params SourcingLine[] lines) => new("web", Home, lines);

    public static StockAtLocation[] Stock(params (Location Location, string Sku, int Atp)[] rows)
        => [.. rows.Select(r => new StockAtLocation(r.Location, r.Sku, r.Atp))];

    /// <summary>A rule set with the given filters, ranked by distance unless rankers are given.</summary>
    public static SourcingRuleSet Rules(IReadOnlyList<SourcingFilter>? filters = null, IReadOnlyList<SourcingRanker>? rankers = null,
        SourcingLimits? limits = null, PickupSourcing pickup = PickupSourcing.ChosenStoreOnly, bool fewerShipmentsFirst = true)
        => new("test", filters ?? [], rankers ?? [new DistanceRanker(1)], limits, pickup, fewerShipmentsFirst);

    public static SourcingPlan Plan(SourcingRuleSet rules, SourcingRequest order, params StockAtLocation[] stock)
        => SourcingOptimiser.Plan(order, rules, stock, "DC");

    /// <summary>The single location a one-line plan chose, or null when the line was back-ordered.</summary>
    public static string? Chosen(SourcingPlan plan) => plan.Assignments.SingleOrDefault()?.LocationCode;

    /// <summary>The rule that removed <paramref name="code"/> from the first line's candidates.</summary>
    public static string? RemovedBy(SourcingPlan plan, string code)
        => plan.Explanation.Lines[0].FilteredOut.FirstOrDefault(g => g.Locations.Contains(code))?.Rule;
}
