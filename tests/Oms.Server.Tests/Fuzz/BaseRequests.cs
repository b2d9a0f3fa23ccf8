using System.Globalization;
using System.Text.Json;
using static Oms.Server.Tests.Fuzz.FuzzWorld;

namespace Oms.Server.Tests.Fuzz;

/// <summary>
/// A valid request per write operation, built from the demo data and the sweep's world, so that a mutation of one
/// field reaches the validators and handlers rather than only the JSON parser. An operation not listed here gets a
/// request synthesised from its route constraints and body type (<see cref="JsonSkeleton"/>): a new route is fuzzed too.
/// </summary>
public static class BaseRequests
{
    /// <summary>The operation's base request; <paramref name="synthesised"/> when it has none written here.</summary>
    public static BaseRequest For(WriteOperation op, FuzzWorld world, Random rng, out bool synthesised)
    {
        var known = Build(op, world, rng);
        synthesised = known is null;
        return known ?? Synthesised(op);
    }

    private static BaseRequest? Build(WriteOperation op, FuzzWorld w, Random rng)
    {
        Dictionary<string, string> R(params (string, string)[] values)
            => values.ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
        Dictionary<string, string> OrderOf(string purpose) => R(("idOrNumber", w.Order(purpose).Number));
        Dictionary<string, string> IdOf(string purpose) => R(("id", w.Id(purpose).ToString()));
        var none = R();
        return op.Name switch
        {
            "POST /api/orders" => new(none, Capture($"{rng.Next():x8}{rng.Next():x8}")),
            "POST /api/orders/{idOrNumber}/cancel" => new(OrderOf("cancel"), """{"lineIds":null,"reason":"The customer changed their mind"}"""),
            "POST /api/orders/{idOrNumber}/source" => new(OrderOf("source")),
            "POST /api/orders/{idOrNumber}/amendments" => new(OrderOf("amend"), Amendment(w, rng)),
            "POST /api/orders/{idOrNumber}/payments" => new(OrderOf("payments"),
                """{"method":"giftCard","provider":"offline","token":"GC-FUZZ","amount":5.00}"""),
            "POST /api/orders/{idOrNumber}/payments/retry" => new(OrderOf("retry")),
            "POST /api/orders/{idOrNumber}/payments/{sequence:int}/replace" => new(
                new Dictionary<string, string>(OrderOf("replace"), StringComparer.Ordinal) { ["sequence"] = "1" },
                """{"method":"storeCredit","provider":"offline","token":"SC-FUZZ","amount":null}"""),
            "POST /api/orders/{idOrNumber}/holds/{kind}/release" => new(
                new Dictionary<string, string>(OrderOf("holds"), StringComparer.Ordinal) { ["kind"] = rng.Next(2) == 0 ? "fraud" : "manualApproval" },
                """{"reason":"Checked with the customer by phone"}"""),
            "POST /api/fulfilment-orders/{id:guid}/release" => new(IdOf("release")),
            "POST /api/fulfilment-orders/{id:guid}/reject" => new(IdOf("reject"), """{"lineIds":null,"reason":"Damaged in the warehouse"}"""),
            "POST /api/fulfilment-orders/{id:guid}/pick" or "POST /api/fulfilment-orders/{id:guid}/pack" => new(IdOf("pick")),
            "POST /api/fulfilment-orders/{id:guid}/ship" => new(IdOf("ship"), """{"carrier":"PostNL","trackingNumber":"3SFUZZ123","lineIds":null}"""),
            "POST /api/fulfilment-orders/{id:guid}/ready-for-pickup" => new(IdOf("ready-for-pickup")),
            "POST /api/fulfilment-orders/{id:guid}/collect" => new(IdOf("collect")),
            "POST /api/shipments/{id:guid}/deliver" => new(IdOf("deliver")),
            "POST /api/fulfilment-orders/release-due" or "POST /api/pickups/expire-due" => new(none),
            "POST /api/backorders/allocate" => new(none, """{"skus":["SKU-0001","SKU-0005"]}"""),
            "PUT /api/products/{sku}" => new(R(("sku", Sku)), $$"""
                {"sku":"{{Sku}}","name":"Fuzz product","listPrice":19.95,"currency":"EUR","active":true,"category":"fuzz"}
                """),
            "PUT /api/locations/{code}" => new(R(("code", Store)), Location),
            "PUT /api/channels/{code}" => new(R(("code", Channel)), $$"""
                {"code":"{{Channel}}","name":"Fuzz web","type":"webshop","currency":"EUR","enabled":true,
                 "acceptsBackorders":true,"allowsAnonymousCustomer":false}
                """),
            "PUT /api/carriers/{code}" => new(R(("code", Carrier)), $$"""
                {"code":"{{Carrier}}","name":"Fuzz carrier","trackingUrlTemplate":"https://track.example/{trackingNumber}",
                 "enabled":true,"services":["standard","evening"]}
                """),
            "PUT /api/channels/{channel}/allocation" => new(R(("channel", Channel)), """
                {"rules":[{"location":null,"locationType":"store","sharePercent":50,"fixedQuantity":null,"safetyStock":1},
                          {"location":"DC-CENTRAL","locationType":null,"sharePercent":null,"fixedQuantity":25,"safetyStock":0}],
                 "comment":"fuzz"}
                """),
            "PUT /api/configuration/fraud-rules" => new(none, w.FraudRules.GetRawText()) { Query = R(("comment", "fuzz")) },
            "PUT /api/configuration/order-workflows" => new(none, w.Workflows.GetRawText()) { Query = R(("comment", "fuzz")) },
            // Active at once: a valid mutation is what the sweep's held orders are sourced with once a hold is lifted.
            "PUT /api/sourcing/rule-sets/{key}" => new(R(("key", Channel)), $$"""
                {"document":{{w.RuleSet.GetRawText()}},"comment":"fuzz","activate":true}
                """),
            "POST /api/sourcing/rule-sets/{key}/versions/{version:int}/activate" => new(R(("key", Channel), ("version", "1"))),
            "POST /api/outbox/deliveries/{id:guid}/redrive" => new(R(("id", w.Delivery.ToString()))),
            "POST /api/expected-receipts" => new(none, """
                {"location":"DC-CENTRAL","sku":"SKU-0005","quantity":10,"expectedAt":"2026-11-20T00:00:00Z","reference":"PO-FUZZ-2"}
                """),
            "POST /api/expected-receipts/{id:guid}/receive" => new(IdOf("receive"), """{"quantity":5}"""),
            "POST /api/expected-receipts/{id:guid}/cancel" => new(IdOf("cancel-receipt")),
            "PUT /api/stock/{location}/{sku}" => new(R(("location", "STORE-AMS"), ("sku", "SKU-0030")),
                """{"onHand":25,"safetyStock":1,"reason":"cycle count"}"""),
            "POST /api/stock/{location}/{sku}/adjustments" => new(R(("location", "STORE-AMS"), ("sku", "SKU-0031")),
                """{"delta":2,"reason":"found in the back"}"""),
            "PUT /api/locations/{location}/stock" => new(R(("location", "STORE-UTR")), """
                {"items":[{"sku":"SKU-0032","onHand":4,"safetyStock":0},{"sku":"SKU-0033","onHand":3,"safetyStock":null}],
                 "reason":"nightly snapshot"}
                """),
            "POST /api/imports/{kind}" => Import(rng),
            "PUT /api/postal-codes/{country}" => new(R(("country", "BE")), ContentType: "text/csv", Text: """
                country,postalCode,latitude,longitude,place
                BE,1000,50.8466,4.3528,Brussel
                BE,2000,51.2194,4.4025,Antwerpen

                """) { Query = R(("source", "fuzz")) },
            _ => null,
        };
    }

    private static string Capture(string unique) => $$"""
        {"channel":"web","channelOrderId":"FUZZ-{{unique}}","type":"standard","currency":"EUR",
         "customer":{"email":"fuzz@example.com","name":"Anna de Vries","phone":"+31611111111"},
         "shippingAddress":{"name":"Anna de Vries","line1":"Damrak 1","line2":null,"postalCode":"1012 LG","city":"Amsterdam",
                            "country":"NL","phone":"+31611111111","latitude":52.3731,"longitude":4.8922},
         "billingAddress":null,"sellingLocation":null,"shippingCharge":4.95,
         "lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":49.95,"discount":0,"tax":8.67,"currency":"EUR",
                   "deliveryMethod":"shipToAddress","pickupLocation":null,"shippingAddress":null},
                  {"sku":"SKU-0012","quantity":2,"unitPrice":12.50,"discount":1.00,"tax":0,"currency":null,
                   "deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS","shippingAddress":null}],
         "payments":[{"method":"invoice","provider":"offline","token":"INV-FUZZ","amount":null}]}
        """;

    private const string Location = $$"""
        {"code":"{{Store}}","name":"Fuzz store","type":"store","sizeClass":"m","latitude":52.1,"longitude":5.1,"capabilities":["ship","pickup"],
         "address":{"name":"Fuzz store","line1":"Stationsplein 1","line2":null,"postalCode":"3511 ED","city":"Utrecht","country":"NL"},
         "enabled":true,"timeZone":"Europe/Amsterdam",
         "openingHours":{"monday":[{"opens":"09:00","closes":"18:00"}],"saturday":[{"opens":"10:00","closes":"17:00"}]},
         "cutOffTime":"17:00"}
        """;

    private static string Amendment(FuzzWorld w, Random rng)
    {
        var lines = w.Order("amend").Lines;
        var line = lines[rng.Next(lines.Count)].Id;
        return rng.Next(5) switch
        {
            0 => $$"""{"type":"changeQuantity","lineId":"{{line}}","quantity":2,"tax":1.50}""",
            1 => """
                {"type":"addLine","line":{"sku":"SKU-0003","quantity":1,"unitPrice":9.95,"discount":0,"tax":0,"currency":"EUR",
                 "deliveryMethod":"shipToAddress","pickupLocation":null,"shippingAddress":null}}
                """,
            2 => $$"""{"type":"removeLine","lineId":"{{line}}"}""",
            3 => """
                {"type":"changeShippingAddress","shippingAddress":{"name":"Bram Jansen","line1":"Oudegracht 10","line2":null,
                 "postalCode":"3511 AL","city":"Utrecht","country":"NL","phone":null,"latitude":null,"longitude":null}}
                """,
            _ => $$"""{"type":"changeDeliveryMethod","lineId":"{{line}}","deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS"}""",
        };
    }

    private static BaseRequest Import(Random rng)
    {
        var n = rng.Next(1000).ToString(CultureInfo.InvariantCulture);
        return rng.Next(4) switch
        {
            0 => Csv("products", $"sku,name,listPrice,currency,active,category\nFUZZ-IMP-{n},Imported {n},9.95,EUR,true,fuzz\n"),
            1 => Csv("stock", $"location,sku,onHand,safetyStock\n{Store},{Sku},{n},0\n"),
            2 => Csv("locations", $"code,name,type,sizeClass,latitude,longitude\nFUZZ-LOC-{n},Imported store,store,s,52.0,5.0\n"),
            _ => new(Kind("products"), Json: $$"""[{"sku":"FUZZ-IMP-{{n}}","name":"Imported","listPrice":1.50,"currency":"EUR"}]"""),
        };

        static BaseRequest Csv(string kind, string text) => new(Kind(kind), Text: text, ContentType: "text/csv");
        static Dictionary<string, string> Kind(string kind) => new(StringComparer.Ordinal) { ["kind"] = kind };
    }

    /// <summary>For an operation nobody wrote a base for: route values that satisfy the constraints, a body shaped like its type.</summary>
    private static BaseRequest Synthesised(WriteOperation op)
        => new(op.RouteParameters.ToDictionary(p => p.Name, p => p.Constraint switch
            {
                "guid" => Guid.Empty.ToString(),
                "int" => "1",
                _ => "FUZZ",
            }, StringComparer.Ordinal),
            op.BodyType is { } t ? JsonSerializer.Serialize(JsonSkeleton.Of(t)) : null);
}
