using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oms.Domain.Returns;
using Oms.Server.Features.Returns;
using Oms.Server.Features.Returns.Customer;
using Oms.Server.Features.Tracking;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Returns.ReturnSteps;

namespace Oms.Server.Tests.Returns;

/// <summary>
/// The customer's own page without an account: the order number with the e-mail address or postal code authorises looking an
/// order up, seeing what may come back and starting a return; nothing else does, and a wrong pair is 404 like an unknown number.
/// </summary>
public abstract class CustomerReturnTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_customer_starts_a_return_with_the_order_number_and_postal_code_and_sees_it_on_the_order_status()
    {
        var email = $"cust-{Guid.NewGuid():N}@example.com";
        var sku = await NewSkuAsync(Api, atDc: 2);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Online(NewId("WEB"), email, Ship(sku), Ship(sku))));
        using var http = fx.AnonymousClient();

        var options = await ReadAsync<CustomerReturnOptionsResponse>(await http.PostAsJsonAsync("/api/order-status/returns/options",
            new { number = order.Number, email }), HttpStatusCode.OK);
        Assert.Equal([(1, 1), (2, 1)], options.Lines.Select(l => (l.LineNumber, l.Returnable)));
        Assert.Contains(options.Reasons, r => r.Code == "does-not-fit");

        using var started = await http.PostAsJsonAsync("/api/order-status/returns", new
        {
            number = order.Number.ToLowerInvariant(), email, postalCode = "1012lg", reason = "does-not-fit",
            lines = new[] { new { lineNumber = 2, quantity = 1 } },
        });
        var ret = await ReadAsync<CustomerReturnResponse>(started, HttpStatusCode.Created);
        Assert.Equal(order.Number, ret.OrderNumber);

        // The staff see it as any return, started by the customer, expected back at the central DC.
        var listed = await Api.ExpectAsync<OrderReturnsResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}/returns"),
            HttpStatusCode.OK);
        var stored = Assert.Single(listed.Returns);
        Assert.Equal((ret.Number, "DC-CENTRAL", ReturnMethod.ShipToLocation, order.Lines[1].Id),
            (stored.Number, stored.ExpectedLocation, stored.Method, stored.Lines.Single().OrderLineId));
        Assert.Equal($"customer:{order.Number}", stored.CreatedBy);

        var status = await ReadAsync<OrderStatusResponse>(await http.PostAsJsonAsync("/api/order-status",
            new { number = order.Number, postalCode = "1012 LG", email }), HttpStatusCode.OK);
        var shown = Assert.Single(status.Returns!);
        Assert.Equal((ret.Number, stored.Status, 2, 1, 0), (shown.Number, shown.Status, shown.Lines.Single().LineNumber,
            shown.Lines.Single().Quantity, shown.Lines.Single().Received));
        Assert.Equal(ReturnStatusWords.Of(stored.Status), shown.StatusText);

        // What is held by the return cannot be asked for again.
        var after = await ReadAsync<CustomerReturnOptionsResponse>(await http.PostAsJsonAsync("/api/order-status/returns/options",
            new { number = order.Number, email }), HttpStatusCode.OK);
        Assert.Equal([1, 0], after.Lines.Select(l => l.Returnable));
        Assert.NotNull(after.Lines[1].NotReturnableBecause);
    }

    [Fact]
    public async Task A_wrong_postal_code_starts_nothing_and_answers_as_an_unknown_order()
    {
        var email = $"cust-{Guid.NewGuid():N}@example.com";
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await DeliverAllAsync(Api, await Api.CaptureAsync(Online(NewId("WEB"), email, Ship(sku))));
        using var http = fx.AnonymousClient();

        using var wrong = await http.PostAsJsonAsync("/api/order-status/returns", new
        {
            number = order.Number, email = "someone-else@example.com", postalCode = "9999 ZZ", reason = "does-not-fit",
            lines = new[] { new { lineNumber = 1, quantity = 1 } },
        });
        using var unknown = await http.PostAsJsonAsync("/api/order-status/returns/options", new { number = "NO-SUCH-ORDER", email });
        using var incomplete = await http.PostAsJsonAsync("/api/order-status/returns", new { number = order.Number, email, reason = "x" });

        await OmsClient.ProblemAsync(wrong, HttpStatusCode.NotFound);
        await OmsClient.ProblemAsync(unknown, HttpStatusCode.NotFound);
        var problem = await OmsClient.ProblemAsync(incomplete, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines", out _));
        var listed = await Api.ExpectAsync<OrderReturnsResponse>(await Api.SendAsync(HttpMethod.Get, $"/api/orders/{order.Number}/returns"),
            HttpStatusCode.OK);
        Assert.Empty(listed.Returns);
    }

    [Fact]
    public async Task A_line_not_yet_delivered_cannot_be_returned_and_the_refusal_names_the_line()
    {
        var email = $"cust-{Guid.NewGuid():N}@example.com";
        var sku = await NewSkuAsync(Api, atDc: 1);
        var order = await Api.CaptureAsync(Online(NewId("WEB"), email, Ship(sku)));
        using var http = fx.AnonymousClient();

        var options = await ReadAsync<CustomerReturnOptionsResponse>(await http.PostAsJsonAsync("/api/order-status/returns/options",
            new { number = order.Number, email }), HttpStatusCode.OK);
        Assert.Equal(0, options.Lines.Single().Returnable);
        Assert.NotNull(options.Lines.Single().NotReturnableBecause);
        using var refused = await http.PostAsJsonAsync("/api/order-status/returns", new
        {
            number = order.Number, email, reason = "does-not-fit", lines = new[] { new { lineNumber = 1, quantity = 1 } },
        });
        var problem = await OmsClient.ProblemAsync(refused, (HttpStatusCode)422);
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0]", out _));
        using var noSuchLine = await http.PostAsJsonAsync("/api/order-status/returns", new
        {
            number = order.Number, email, reason = "does-not-fit", lines = new[] { new { lineNumber = 7, quantity = 1 } },
        });
        Assert.Equal("The order has no line 7.", Error(await OmsClient.ProblemAsync(noSuchLine, (HttpStatusCode)422), "lines[0].lineNumber"));
    }

    [Fact]
    public async Task A_pickup_on_the_order_status_shows_the_store_and_its_opening_hours()
    {
        var email = $"cust-{Guid.NewGuid():N}@example.com";
        var order = await Api.CaptureAsync(Online(NewId("WEB"), email, Pickup("SKU-0002", "STORE-UTR")));
        using var http = fx.AnonymousClient();

        var status = await ReadAsync<OrderStatusResponse>(await http.PostAsJsonAsync("/api/order-status", new { number = order.Number, email }),
            HttpStatusCode.OK);

        var pickup = Assert.Single(status.Pickups);
        Assert.Equal(("STORE-UTR", "Store Utrecht"), (pickup.Location, pickup.LocationName));
        // The demo stores' hours: weekdays 09:00-18:00, Saturday 10:00-17:00, Sunday 12:00-17:00.
        Assert.Equal(7, pickup.OpeningHours!.Count);
        Assert.Equal(new OrderStatusOpeningHours("monday", "09:00", "18:00"), pickup.OpeningHours[0]);
        Assert.Equal(new OrderStatusOpeningHours("sunday", "12:00", "17:00"), pickup.OpeningHours[6]);
        Assert.Empty(status.Returns!);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, OmsClient.Json)!;
    }
}

public sealed class CustomerReturnTests_Sqlite(SqliteFixture fx) : CustomerReturnTests(fx), IClassFixture<SqliteFixture>;

public sealed class CustomerReturnTests_Postgres(PostgresFixture fx) : CustomerReturnTests(fx), IClassFixture<PostgresFixture>;
