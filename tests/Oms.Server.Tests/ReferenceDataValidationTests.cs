using System.Net;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.ReferenceData;

namespace Oms.Server.Tests;

/// <summary>Reference data that breaks a rule is refused with the field in error, and nothing is created.</summary>
public abstract class ReferenceDataValidationTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    private const string Location = """
        "name": "Store X", "type": "store", "sizeClass": "m", "latitude": 52.37, "longitude": 4.89
        """;

    public static TheoryData<string, string, string, string> InvalidRequests => new()
    {
        { "bad product code", "/api/products/BAD%20SKU", """{"name":"Tent","listPrice":10,"currency":"EUR"}""", "sku" },
        { "negative price", "/api/products/{key}", """{"name":"Tent","listPrice":-1,"currency":"EUR"}""", "listPrice" },
        { "too precise price", "/api/products/{key}", """{"name":"Tent","listPrice":1.23456,"currency":"EUR"}""", "listPrice" },
        { "bad currency", "/api/products/{key}", """{"name":"Tent","listPrice":10,"currency":"EURO"}""", "currency" },
        { "no name", "/api/products/{key}", """{"listPrice":10,"currency":"EUR"}""", "name" },
        { "body names another product", "/api/products/{key}", """{"sku":"OTHER-1","name":"Tent","listPrice":10,"currency":"EUR"}""", "sku" },
        { "bad location code", "/api/locations/-STORE", $$"""{ {{Location}} }""", "code" },
        { "unknown location type", "/api/locations/{key}", """{"name":"X","type":"warehouse","sizeClass":"m","latitude":52,"longitude":5}""", "$.type" },
        { "integer location type", "/api/locations/{key}", """{"name":"X","type":1,"sizeClass":"m","latitude":52,"longitude":5}""", "$.type" },
        { "integer size class", "/api/locations/{key}", """{"name":"X","type":"store","sizeClass":2,"latitude":52,"longitude":5}""", "$.sizeClass" },
        { "no type", "/api/locations/{key}", """{"name":"X","sizeClass":"m","latitude":52,"longitude":5}""", "type" },
        { "latitude beyond the pole", "/api/locations/{key}", """{"name":"X","type":"store","sizeClass":"m","latitude":95,"longitude":5}""", "latitude" },
        { "longitude out of range", "/api/locations/{key}", """{"name":"X","type":"store","sizeClass":"m","latitude":52,"longitude":-200}""", "longitude" },
        { "no coordinates", "/api/locations/{key}", """{"name":"X","type":"store","sizeClass":"m"}""", "latitude" },
        { "unknown capability", "/api/locations/{key}", $$"""{ {{Location}}, "capabilities": ["ship", "fly"] }""", "capabilities[1]" },
        { "closes before it opens", "/api/locations/{key}",
            $$"""{ {{Location}}, "openingHours": { "monday": [ { "opens": "18:00", "closes": "09:00" } ] } }""", "openingHours.monday[0]" },
        { "overlapping ranges", "/api/locations/{key}",
            $$"""{ {{Location}}, "openingHours": { "friday": [ { "opens": "09:00", "closes": "13:00" }, { "opens": "12:00", "closes": "18:00" } ] } }""",
            "openingHours.friday" },
        { "not a time of day", "/api/locations/{key}",
            $$"""{ {{Location}}, "openingHours": { "tuesday": [ { "opens": "9am", "closes": "17:00" } ] } }""", "openingHours.tuesday[0].opens" },
        { "unknown time zone", "/api/locations/{key}", $$"""{ {{Location}}, "timeZone": "Mars/Olympus_Mons" }""", "timeZone" },
        { "cut-off past midnight", "/api/locations/{key}", $$"""{ {{Location}}, "cutOffTime": "25:00" }""", "cutOffTime" },
        { "address without a country", "/api/locations/{key}",
            $$"""{ {{Location}}, "address": { "name": "X", "line1": "Damrak 1", "postalCode": "1012 LG", "city": "Amsterdam" } }""", "address.country" },
        { "unknown channel type", "/api/channels/{key}", """{"name":"Fax","type":"fax","currency":"EUR"}""", "$.type" },
        { "integer channel type", "/api/channels/{key}", """{"name":"Fax","type":3,"currency":"EUR"}""", "$.type" },
        { "channel without currency", "/api/channels/{key}", """{"name":"Shop","type":"webshop"}""", "currency" },
        { "tracking URL without the number", "/api/carriers/{key}", """{"name":"DHL","trackingUrlTemplate":"https://track.example/"}""",
            "trackingUrlTemplate" },
        { "tracking URL not on the web", "/api/carriers/{key}", """{"name":"DHL","trackingUrlTemplate":"ftp://x/{trackingNumber}"}""",
            "trackingUrlTemplate" },
        { "bad service code", "/api/carriers/{key}", """{"name":"DHL","services":["next day"]}""", "services[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Invalid_reference_data_is_a_400_naming_the_field_and_creates_nothing(string because, string url, string body, string field)
    {
        var target = url.Replace("{key}", Code("X"), StringComparison.Ordinal);

        var response = await Api.PutJsonAsync(target, body);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{because}: no error for {field} in {problem}");
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync(target)).StatusCode);
    }

    [Fact]
    public async Task A_carrier_pickup_point_that_would_ship_breaks_a_business_rule()
    {
        var code = Code("PUP");

        var response = await Api.PutJsonAsync($"/api/locations/{code}",
            """{"name":"Point","type":"carrierPickupPoint","sizeClass":"xs","latitude":52,"longitude":5,"capabilities":["pickup","ship"]}""");

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("capabilities", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Http.GetAsync($"/api/locations/{code}")).StatusCode);
    }

    [Fact]
    public async Task A_location_that_holds_stock_cannot_become_a_carrier_pickup_point()
    {
        var store = Code("STORE");
        var sku = Code("SKU");
        await Api.PutAsync<LocationResponse>($"/api/locations/{store}", Store(store));
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku));
        await Api.SetStockAsync(store, sku, 3);

        var response = await Api.SendAsync(HttpMethod.Put, $"/api/locations/{store}",
            Store(store) with { Type = Domain.Network.LocationType.CarrierPickupPoint, Capabilities = ["pickup"] });

        await OmsClient.ProblemAsync(response, HttpStatusCode.Conflict);
        var unchanged = await Api.ExpectAsync<LocationResponse>(await Api.Http.GetAsync($"/api/locations/{store}"), HttpStatusCode.OK);
        Assert.Equal(Domain.Network.LocationType.Store, unchanged.Type);
    }

    [Fact]
    public async Task Products_and_locations_cannot_be_deleted()
    {
        var sku = Code("SKU");
        await Api.PutAsync<ProductResponse>($"/api/products/{sku}", Product(sku));

        var response = await Api.Http.DeleteAsync($"/api/products/{sku}");

        await OmsClient.ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.GetAsync($"/api/products/{sku}")).StatusCode);
    }
}

public sealed class ReferenceDataValidationTests_Sqlite(EmptySqliteFixture fx) : ReferenceDataValidationTests(fx), IClassFixture<EmptySqliteFixture>;

public sealed class ReferenceDataValidationTests_Postgres(EmptyPostgresFixture fx) : ReferenceDataValidationTests(fx), IClassFixture<EmptyPostgresFixture>;
