using Microsoft.EntityFrameworkCore;
using Oms.Domain.Catalog;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Persistence;
using static Oms.Domain.Network.LocationCapabilities;

namespace Oms.Server.Demo;

/// <summary>
/// A small Dutch retailer to try the OMS with: four channels, a central DC, a 3PL, a drop-ship supplier,
/// ten stores of every size, three carrier pickup points and fifty SKUs with stock. Deterministic, so
/// that tests and the README can name its codes.
/// </summary>
public static class DemoData
{
    public const string CentralDc = "DC-CENTRAL";

    private static readonly (string Code, string City, double Lat, double Lon, SizeClass Size)[] Stores =
    [
        ("STORE-AMS", "Amsterdam", 52.3731, 4.8922, SizeClass.XL),
        ("STORE-RTM", "Rotterdam", 51.9225, 4.4792, SizeClass.L),
        ("STORE-DHG", "Den Haag", 52.0705, 4.3007, SizeClass.L),
        ("STORE-UTR", "Utrecht", 52.0907, 5.1214, SizeClass.M),
        ("STORE-EHV", "Eindhoven", 51.4416, 5.4697, SizeClass.M),
        ("STORE-GRN", "Groningen", 53.2194, 6.5665, SizeClass.M),
        ("STORE-MST", "Maastricht", 50.8514, 5.6910, SizeClass.S),
        ("STORE-ZWL", "Zwolle", 52.5168, 6.0830, SizeClass.S),
        ("STORE-ARN", "Arnhem", 51.9851, 5.8987, SizeClass.XS),
        ("STORE-HLM", "Haarlem", 52.3874, 4.6462, SizeClass.XS),
    ];

    private static readonly string[] Kinds = ["Trail shoe", "Rain jacket", "Merino shirt", "Hiking sock", "Daypack", "Fleece", "Beanie",
        "Softshell pant", "Water bottle", "Headlamp"];
    private static readonly string[] Colours = ["black", "blue", "green", "red", "grey"];

    public static async Task SeedAsync(OmsDbContext db, DateTime now, CancellationToken ct)
    {
        if (await db.Channels.AnyAsync(ct)) return;

        db.Channels.AddRange(
            new Channel("web", "Webshop", ChannelType.Webshop, "EUR"),
            new Channel("marketplace", "Marketplace (bol.com)", ChannelType.Marketplace, "EUR", acceptsBackorders: false),
            new Channel("app", "Consumer app", ChannelType.App, "EUR"),
            new Channel("pos", "Store POS", ChannelType.Pos, "EUR"),
            new Channel("callcenter", "Call center", ChannelType.CallCenter, "EUR"),
            // B2B customers and drop-ship partners ordering by EDI (X12 850); there is no B2B channel type, orders ship like a webshop's.
            new Channel("b2b", "B2B and drop-ship partners (EDI)", ChannelType.Webshop, "EUR"));

        var locations = new List<Location>
        {
            new(CentralDc, "Central DC Nieuwegein", LocationType.DistributionCenter, 52.0293, 5.0814, SizeClass.XL, Ship | Returns,
                new Address("Central DC", "Het Klooster 1", null, "3438 AB", "Nieuwegein", "NL")),
            new("DC-3PL-TLB", "3PL Tilburg", LocationType.ExternalDc, 51.5555, 5.0913, SizeClass.L, Ship),
            new("SUP-DROPSHIP", "Outdoor Supplies (drop-ship)", LocationType.DropShipSupplier, 51.2194, 4.4025, SizeClass.L, Ship),
            new("SUP-EXPRESS", "Express Outdoor (drop-ship)", LocationType.DropShipSupplier, 52.2215, 6.8937, SizeClass.M, Ship),
            new("PUP-AMS-CS", "PostNL point Amsterdam Centraal", LocationType.CarrierPickupPoint, 52.3791, 4.9003, SizeClass.XS, Pickup),
            new("PUP-RTM-CS", "PostNL point Rotterdam Centraal", LocationType.CarrierPickupPoint, 51.9244, 4.4690, SizeClass.XS, Pickup),
            new("PUP-UTR-CS", "DHL point Utrecht Centraal", LocationType.CarrierPickupPoint, 52.0894, 5.1100, SizeClass.XS, Pickup),
        };
        // The smallest stores cannot ship parcels; every store sells over the counter, stages pickups and takes returns.
        locations.AddRange(Stores.Select(s => new Location(s.Code, $"Store {s.City}", LocationType.Store, s.Lat, s.Lon, s.Size,
            (s.Size >= SizeClass.S ? Ship : None) | Pickup | Returns | CarryOut,
            openingHours: OpeningHours.Parse("mon-fri 09:00-18:00; sat 10:00-17:00; sun 12:00-17:00"))));
        db.Locations.AddRange(locations);

        for (var i = 1; i <= 50; i++)
        {
            var sku = Sku(i);
            var kind = Kinds[(i - 1) % Kinds.Length];
            var price = 9.95m + (i % 10) * 10m;
            db.Products.Add(new Product(sku, $"{kind} {Colours[(i - 1) / 10]}", price, "EUR"));
            // SKUs 41-50 are supplied by two drop-ship partners only; the rest live in the DC and the stores.
            if (i <= 40)
            {
                db.Stock.Add(new StockItem(CentralDc, sku, 100, 5, now));
                if (i % 2 == 0) db.Stock.Add(new StockItem("DC-3PL-TLB", sku, 40, 0, now));
                for (var s = 0; s < Stores.Length; s++)
                    db.Stock.Add(new StockItem(Stores[s].Code, sku, (i + s) % 7, 0, now));
            }
            else
            {
                db.Stock.Add(new StockItem("SUP-DROPSHIP", sku, 500, 0, now));
                db.Stock.Add(new StockItem("SUP-EXPRESS", sku, 200, 0, now));
            }
        }
        await DemoPostalCodes.AddAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
    }

    public static string Sku(int i) => $"SKU-{i:0000}";
}
