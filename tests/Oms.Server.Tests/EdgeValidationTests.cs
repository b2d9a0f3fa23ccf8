using System.Net;
using System.Text.Json;
using Oms.Domain.Payments;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Inventory;
using Oms.Server.Tests.Fuzz;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// The classes of bad request that once answered 500 or wrote half a command (issue 13), one test each: refused at
/// the edge with a problem naming the field, nothing stored, and whatever is stored stays readable.
/// </summary>
public abstract partial class EdgeValidationTests(KestrelFixture fx) : IDisposable
{
    private readonly RawHttp _raw = new(fx.Api.Http.BaseAddress!, fx.AdminKey);
    private OmsClient Api => fx.Api;

    public void Dispose()
    {
        _raw.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Reasons_of_1000_characters_are_kept_and_longer_ones_refused()
    {
        var longest = new string('r', Limits.Reason);
        var tooLong = longest + "r";
        var order = await Api.CaptureAsync(Online(Ship("SKU-0044")) with { Payments = [new PaymentRequest(PaymentMethod.Card, "sandbox", "pm_card_chargeDeclined")] });
        Assert.Contains(order.Holds!, h => h.Active);
        var before = await DbSnapshot.TakeAsync(fx);

        await Refused(await Api.PostAsync($"/api/orders/{order.Number}/cancel", new { reason = tooLong }), "reason", 422);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        // The cancellation lifts the payment hold with "order cancelled: " and the reason: more than 1000 characters in all.
        var cancelled = await Api.CancelAsync(order.Number, longest);
        Assert.All(cancelled.Lines, l => Assert.Equal(longest, l.CancelReason));
        Assert.All(cancelled.Holds!, h => Assert.EndsWith(longest, h.LiftReason, StringComparison.Ordinal));

        var rejected = await Api.CaptureAsync(Online(Ship("SKU-0045")));
        await Refused(await Api.PostAsync($"/api/fulfilment-orders/{rejected.FulfilmentOrders[0].Id}/reject", new { reason = tooLong }), "reason", 422);
        var after = await Api.FulfilAsync(rejected.FulfilmentOrders[0].Id, "reject", new { reason = longest });
        Assert.Equal(longest, after.FulfilmentOrders.Single(f => f.Id == rejected.FulfilmentOrders[0].Id).RejectReason);
    }

    [Theory]
    [InlineData("sku")]
    [InlineData("pickupLocation")]
    [InlineData("currency")]
    public async Task A_NUL_character_in_a_string_is_a_400_naming_the_field(string field)
    {
        var body = CaptureJson().Replace($"\"{field}\":null", $"\"{field}\":\"x\\u0000y\"", StringComparison.Ordinal)
            .Replace($"\"{field}\":\"SKU-0001\"", $"\"{field}\":\"SKU\\u00000001\"", StringComparison.Ordinal);
        var before = await DbSnapshot.TakeAsync(fx);

        var problem = await OmsClient.ProblemAsync(await _raw.SendAsync(HttpMethod.Post, "/api/orders", body), HttpStatusCode.BadRequest);

        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith($"lines[0].{field}", StringComparison.Ordinal));
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task An_on_hand_of_2147483647_is_a_422_that_stores_nothing_and_the_sku_stays_readable()
    {
        var before = await DbSnapshot.TakeAsync(fx);

        await Refused(await Api.SendAsync(HttpMethod.Put, "/api/stock/STORE-AMS/SKU-0046", new SetStockRequest(int.MaxValue, null)), "onHand", 422);
        await Refused(await Api.PostAsync("/api/stock/STORE-AMS/SKU-0046/adjustments", new AdjustStockRequest(int.MaxValue, "found")), "delta", 422);
        await Refused(await Api.SendAsync(HttpMethod.Put, "/api/locations/STORE-AMS/stock",
            new StockSnapshotRequest([new StockSnapshotLine("SKU-0046", int.MaxValue, null)])), "items[0].onHand");
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));

        // Up to the limit, then one more by delta: the sum is checked, not only the delta.
        await Api.SetStockAsync("STORE-AMS", "SKU-0046", Limits.StockQuantity);
        await Refused(await Api.PostAsync("/api/stock/STORE-AMS/SKU-0046/adjustments", new AdjustStockRequest(1, "found")), "delta", 422);
        Assert.Equal(Limits.StockQuantity, (await Api.StockAtAsync("SKU-0046", "STORE-AMS")).OnHand);
        await Api.SetStockAsync("STORE-AMS", "SKU-0046", 3);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "1")]
    [InlineData("1e30", "1")]
    [InlineData("10000000.01", "1")]
    [InlineData("9999999.99", "100001")]
    public async Task A_price_or_quantity_beyond_the_bounds_is_refused_and_stores_nothing(string unitPrice, string quantity)
    {
        var body = CaptureJson().Replace("\"unitPrice\":49.95", $"\"unitPrice\":{unitPrice}", StringComparison.Ordinal)
            .Replace("\"quantity\":1,", $"\"quantity\":{quantity},", StringComparison.Ordinal);
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await _raw.SendAsync(HttpMethod.Post, "/api/orders", body);

        Assert.Contains((int)response.StatusCode, new[] { 400, 422 });
        await OmsClient.ProblemAsync(response, response.StatusCode);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Fact]
    public async Task Null_items_in_lines_snapshots_and_allocation_rules_are_a_400_naming_the_index()
    {
        var before = await DbSnapshot.TakeAsync(fx);
        var lines = CaptureJson().Replace("\"lines\":[", "\"lines\":[null,", StringComparison.Ordinal);

        await Refused(await _raw.SendAsync(HttpMethod.Post, "/api/orders", lines), "lines[0]");
        await Refused(await _raw.SendAsync(HttpMethod.Put, "/api/locations/STORE-AMS/stock", """{"items":[{"sku":"SKU-0001","onHand":1},null]}"""), "items[1]");
        await Refused(await _raw.SendAsync(HttpMethod.Put, "/api/channels/web/allocation", """{"rules":[null]}"""), "rules[0]");

        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    public static TheoryData<string, string> Documents => new()
    {
        { "/api/sourcing/rule-sets/web", """{"document":{"name":"x\ud800"},"comment":null}""" },
        { "/api/sourcing/rule-sets/web", """{"document":{"\udc00":1}}""" },
        { "/api/configuration/fraud-rules", """{"reviewAt":50,"rejectAt":100,"rules":[{"type":"\udc00\ud800","points":10}]}""" },
        { "/api/configuration/order-workflows", """{"entries":[{"name":"x","channels":"abc\udbff","steps":["validation"]}]}""" },
        { "/api/configuration/fraud-rules?comment=a%00b", """{"reviewAt":50,"rejectAt":100,"rules":[]}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Unstorable_text_in_a_configuration_document_is_refused_and_saves_nothing(string url, string json)
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await _raw.SendAsync(HttpMethod.Put, url, json);

        Assert.Contains((int)response.StatusCode, new[] { 400, 422 });
        await OmsClient.ProblemAsync(response, response.StatusCode);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Theory]
    [InlineData("\"deliveryMethod\":\"shipToAddress\"", "\"deliveryMethod\":99")]
    [InlineData("\"deliveryMethod\":\"shipToAddress\"", "\"deliveryMethod\":-1")]
    [InlineData("\"deliveryMethod\":\"shipToAddress\"", "\"deliveryMethod\":0")]
    [InlineData("\"type\":\"standard\"", "\"type\":1")]
    [InlineData("\"method\":\"invoice\"", "\"method\":5")]
    public async Task An_enum_sent_as_a_number_is_a_400(string valid, string number)
    {
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await _raw.SendAsync(HttpMethod.Post, "/api/orders", CaptureJson().Replace(valid, number, StringComparison.Ordinal));

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("malformed-json", problem.GetProperty("code").GetString());
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
    }

    [Theory]
    [InlineData("""{"type":"teleport","lineId":"{line}","deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS"}""", 400)]
    [InlineData("""{"type":4,"lineId":"{line}","deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS"}""", 400)]
    [InlineData("""{"type":99,"lineId":"{line}","deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS"}""", 400)]
    [InlineData("""{"lineId":"{line}","deliveryMethod":"pickupInStore","pickupLocation":"STORE-AMS"}""", 400)]
    [InlineData("""{"type":"changeDeliveryMethod","lineId":"{line}","deliveryMethod":99,"pickupLocation":"STORE-AMS"}""", 400)]
    [InlineData("""{"type":"addLine","line":{"sku":"SKU-0001","quantity":1,"unitPrice":5,"currency":"USD","deliveryMethod":"shipToAddress"}}""", 422)]
    [InlineData("""{"type":"addLine","line":{"sku":"SKU-0001","quantity":1,"unitPrice":5,"currency":"EURO","deliveryMethod":"shipToAddress"}}""", 400)]
    [InlineData("""{"type":"addLine","line":{"sku":"SKU-0001","quantity":100000,"unitPrice":9999999,"deliveryMethod":"shipToAddress"}}""", 422)]
    public async Task An_amendment_that_is_not_one_is_refused_and_never_carried_out(string json, int status)
    {
        var order = await Api.CaptureAsync(Online(Ship("SKU-0047")));
        var before = await DbSnapshot.TakeAsync(fx);

        var response = await _raw.SendAsync(HttpMethod.Post, $"/api/orders/{order.Number}/amendments",
            json.Replace("{line}", order.Lines[0].Id.ToString(), StringComparison.Ordinal));

        await OmsClient.ProblemAsync(response, (HttpStatusCode)status);
        Assert.Equal(before, await DbSnapshot.TakeAsync(fx));
        Assert.Equal(order.Version, (await Api.GetOrderAsync(order.Number)).Version);
    }

    /// <summary>A valid capture as a channel writes it, every field present, for the tests to change one at a time.</summary>
    private static string CaptureJson() => $$"""
        {"channel":"web","channelOrderId":"{{NewId("EDGE")}}","type":"standard","currency":"EUR",
         "customer":{"email":"edge@example.com","name":"Anna de Vries","phone":null},
         "shippingAddress":{"name":"Anna de Vries","line1":"Damrak 1","line2":null,"postalCode":"1012 LG","city":"Amsterdam","country":"NL"},
         "shippingCharge":4.95,
         "lines":[{"sku":"SKU-0001","quantity":1,"unitPrice":49.95,"currency":null,"deliveryMethod":"shipToAddress","pickupLocation":null}],
         "payments":[{"method":"invoice","provider":"offline","token":"INV-EDGE"}]}
        """;

    private static async Task Refused(HttpResponseMessage response, string field, int status = 400)
    {
        var problem = await OmsClient.ProblemAsync(response, (HttpStatusCode)status);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"No error for {field}: {problem}");
    }
}

public sealed class EdgeValidationTests_Sqlite(KestrelSqliteFixture fx) : EdgeValidationTests(fx), IClassFixture<KestrelSqliteFixture>;

public sealed class EdgeValidationTests_Postgres(KestrelPostgresFixture fx) : EdgeValidationTests(fx), IClassFixture<KestrelPostgresFixture>;
