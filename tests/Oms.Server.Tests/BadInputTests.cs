using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using System.Text;
using System.Text.Json;
using Oms.Server.Features.Fulfilment;
using Oms.Server.Features.Inventory;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Every client mistake gets a problem+json with a clear message and field errors, never a 500, and changes nothing.</summary>
public abstract class BadInputTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Theory]
    [InlineData("{\"channel\": \"web\", \"lines\": [")]
    [InlineData("not json at all")]
    [InlineData("{\"channel\": \"web\", \"lines\": [{\"sku\": \"SKU-0001\", \"quantity\": \"two\"}]}")]
    [InlineData("{\"channel\": \"web\", \"lines\": [{\"sku\": \"SKU-0001\", \"quantity\": 1, \"deliveryMethod\": \"teleport\"}]}")]
    public async Task Malformed_json_is_a_400_naming_where_it_broke(string body)
    {
        var before = await DbSnapshot.TakeAsync(fx);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await Api.Http.PostAsync("/api/orders", content);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("malformed-json", problem.GetProperty("code").GetString());
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    public static TheoryData<string, string, string> InvalidOrders => new()
    {
        { "zero quantity", """{"lines":[{"sku":"SKU-0001","quantity":0,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""", "lines[0].quantity" },
        { "negative quantity", """{"lines":[{"sku":"SKU-0001","quantity":-2,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""", "lines[0].quantity" },
        { "negative price", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":-1,"deliveryMethod":"shipToAddress"}]}""", "lines[0].unitPrice" },
        { "no lines", """{"lines":[]}""", "lines" },
        { "no delivery method", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10}]}""", "lines[0].deliveryMethod" },
        { "pickup without store", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"pickupInStore"}]}""", "lines[0].pickupLocation" },
        { "mixed currencies", """{"currency":"EUR","lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"currency":"USD","deliveryMethod":"shipToAddress"}]}""", "lines[0]" },
        { "bad currency", """{"currency":"EURO","lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""", "currency" },
        { "carry-out without store", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"carryOut"}]}""", "sellingLocation" },
    };

    [Theory]
    [MemberData(nameof(InvalidOrders))]
    public async Task An_invalid_order_is_a_400_with_the_field_in_error(string because, string partial, string field)
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await PostMerged(partial);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{because}: no error for {field} in {problem}");
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task A_shipped_line_without_any_address_is_refused()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await Api.PostAsync("/api/orders", Online(Ship("SKU-0001")) with { ShippingAddress = null });

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("shippingAddress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    public static TheoryData<string, string, string> UnknownReferences => new()
    {
        { "unknown SKU", """{"lines":[{"sku":"NOPE-1","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""", "lines[0].sku" },
        { "unknown channel", """{"channel":"fax","lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""", "channel" },
        { "unknown pickup store", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"pickupInStore","pickupLocation":"STORE-XXX"}]}""", "lines[0].pickupLocation" },
        { "pickup at a DC", """{"lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"pickupInStore","pickupLocation":"DC-CENTRAL"}]}""", "lines[0].pickupLocation" },
        { "unknown selling store", """{"sellingLocation":"STORE-XXX","lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":10,"deliveryMethod":"carryOut"}]}""", "sellingLocation" },
    };

    [Theory]
    [MemberData(nameof(UnknownReferences))]
    public async Task An_unknown_reference_is_a_422_naming_it(string because, string partial, string field)
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await PostMerged(partial);

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{because}: no error for {field} in {problem}");
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Theory]
    [InlineData("/api/orders/OMS-DOESNOTEXIST")]
    [InlineData("/api/orders/6b1a5b0e-0000-0000-0000-000000000000")]
    [InlineData("/api/fulfilment-orders/6b1a5b0e-0000-0000-0000-000000000000")]
    [InlineData("/api/stock/NOPE-1")]
    [InlineData("/api/locations/NOWHERE")]
    [InlineData("/api/products/NOPE-1")]
    [InlineData("/api/no-such-route")]
    public async Task Unknown_resources_are_a_404_problem(string url)
        => await OmsClient.ProblemAsync(await Api.Http.GetAsync(url), HttpStatusCode.NotFound);

    [Fact]
    public async Task Cancelling_an_unknown_order_is_a_404_problem()
        => await OmsClient.ProblemAsync(await Api.PostAsync("/api/orders/OMS-NOPE/cancel", new CancelOrderRequest(null, "x")), HttpStatusCode.NotFound);

    [Fact]
    public async Task Cancelling_without_a_reason_is_refused()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0024")));
        var problem = await OmsClient.ProblemAsync(await Api.PostAsync($"/api/orders/{order.Id}/cancel", new CancelOrderRequest(null, " ")), HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task An_illegal_transition_is_a_409_naming_state_and_action_and_changes_nothing()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0025")));
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await Api.PostAsync($"/api/fulfilment-orders/{order.FulfilmentOrders[0].Id}/ship", new ShipRequest("DHL", "T1", null));

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("allocated", problem.GetProperty("state").GetString());
        Assert.Equal("ship", problem.GetProperty("action").GetString());
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Shipping_without_a_carrier_is_refused()
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0026")));
        await Api.FulfilAsync(order.FulfilmentOrders[0].Id, "release");

        var response = await Api.PostAsync($"/api/fulfilment-orders/{order.FulfilmentOrders[0].Id}/ship", new ShipRequest(null, "T1", null));

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("carrier", out _));
    }

    [Fact]
    public async Task Stock_cannot_go_negative_or_be_set_for_unknown_things()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        await OmsClient.ProblemAsync(await Api.PostAsync("/api/stock/STORE-AMS/SKU-0001/adjustments", new AdjustStockRequest(-1000, "count")), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0001", new SetStockRequest(-1, null)), HttpStatusCode.UnprocessableEntity);
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Put, "/api/stock/NOWHERE/SKU-0001", new SetStockRequest(1, null)), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/NOPE", new SetStockRequest(1, null)), HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(await Api.SendAsync(HttpMethod.Put, "/api/stock/PUP-AMS-CS/SKU-0001", new SetStockRequest(1, null)), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Theory]
    [InlineData("/api/orders?status=flying", "status")]
    [InlineData("/api/orders?limit=5000", "limit")]
    [InlineData("/api/orders?limit=0", "limit")]
    [InlineData("/api/orders?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/orders?from=2026-12-01&to=2026-11-01", "from")]
    public async Task Bad_search_parameters_are_a_400_with_field_errors(string url, string field)
    {
        var problem = await OmsClient.ProblemAsync(await Api.Http.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/orders?from=yesterday", "from", "a date (2026-12-01)")]
    [InlineData("/api/kpis?from=2026-13-01", "from", "a date (2026-12-01)")]
    [InlineData("/api/orders?limit=ten", "limit", "a whole number")]
    public async Task An_unparseable_query_value_is_a_400_naming_the_parameter_and_what_it_takes(string url, string field, string expected)
    {
        var problem = await OmsClient.ProblemAsync(await Api.Http.GetAsync(url), HttpStatusCode.BadRequest);
        Assert.Equal("validation", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ToList();
        var error = Assert.Single(errors);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Posts a valid online order with the given fields replaced.</summary>
    private async Task<HttpResponseMessage> PostMerged(string partialJson)
    {
        var valid = JsonSerializer.SerializeToNode(Online(Ship("SKU-0001")), OmsClient.Json)!.AsObject();
        foreach (var (key, value) in JsonNode(partialJson).AsObject().ToList())
            valid[key] = value?.DeepClone();
        using var content = new StringContent(valid.ToJsonString(), Encoding.UTF8, "application/json");
        return await Api.Http.PostAsync("/api/orders", content);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}

public sealed class BadInputTests_Sqlite(SqliteFixture fx) : BadInputTests(fx), IClassFixture<SqliteFixture>;

public sealed class BadInputTests_Postgres(PostgresFixture fx) : BadInputTests(fx), IClassFixture<PostgresFixture>;
