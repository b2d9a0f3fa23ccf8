using Oms.Server.Web;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Server.Features.Orders;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// Phone numbers are stored in E.164 at capture and searched the same way, so an agent finds an order by the number
/// as a caller reads it out; a number that cannot be read is kept as typed and found by exactly that.
/// </summary>
public abstract class PhoneSearchTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    /// <summary>A Dutch mobile number of its own for each test: 6 and eight random digits.</summary>
    private static string NewMobile() => "6" + Random.Shared.Next(10_000_000, 99_999_999);

    private async Task<OrderResponse> CaptureWithPhoneAsync(string phone, AddressRequest? shipTo = null)
    {
        var request = Online(NewId("WEB"), $"{Guid.NewGuid():N}@example.com", Ship("SKU-0031"));
        return await Api.CaptureAsync(request with
        {
            Customer = request.Customer! with { Phone = phone },
            ShippingAddress = shipTo ?? request.ShippingAddress,
        });
    }

    private async Task<CursorPage<OrderSummaryResponse>> SearchAsync(string phone)
        => await Api.ExpectAsync<CursorPage<OrderSummaryResponse>>(
            await Api.Http.GetAsync($"/api/orders?phone={Uri.EscapeDataString(phone)}"), HttpStatusCode.OK);

    [Theory]
    [InlineData("+31 6 {0} {1}")]
    [InlineData("06{0}{1}")]
    [InlineData("06-{0}{1}")]
    [InlineData("0031 6 {0}{1}")]
    [InlineData(" +31612345678 ")]
    public async Task An_order_captured_in_E164_is_found_by_the_number_as_an_agent_types_it(string typed)
    {
        var mobile = NewMobile();
        var order = await CaptureWithPhoneAsync($"+31{mobile}");
        var query = typed.Contains('{', StringComparison.Ordinal)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, mobile[1..5], mobile[5..])
            : typed.Replace("612345678", mobile, StringComparison.Ordinal);

        var found = await SearchAsync(query);

        Assert.Equal(order.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task The_callers_number_read_out_in_any_usual_way_finds_the_order()
    {
        var order = await CaptureWithPhoneAsync("+31612342699");

        foreach (var typed in new[] { "+31 6 1234 2699", "0612342699", "06-12342699", "0031 6 12342699" })
            Assert.Equal(order.Id, Assert.Single((await SearchAsync(typed)).Items).Id);
    }

    [Fact]
    public async Task A_national_number_is_stored_in_E164_on_the_order_and_the_customer()
    {
        var mobile = NewMobile();

        var order = await CaptureWithPhoneAsync($"0{mobile[..1]} {mobile[1..5]} {mobile[5..]}");

        Assert.Equal($"+31{mobile}", order.Customer!.Phone);
        Assert.Equal($"+31{mobile}", Assert.Single((await SearchAsync($"+31{mobile}")).Items).CustomerPhone);
    }

    [Fact]
    public async Task An_address_phone_is_read_in_the_address_country()
    {
        var antwerp = new AddressRequest("Lotte Peeters", "Meir 1", null, "2000", "Antwerpen", "BE", "0470 12 34 56", 51.2185, 4.4025);

        var order = await CaptureWithPhoneAsync($"+31{NewMobile()}", antwerp);

        Assert.Equal("+32470123456", order.ShippingAddress!.Phone);
    }

    [Fact]
    public async Task A_number_that_cannot_be_read_is_kept_as_typed_and_found_by_exactly_that()
    {
        var typed = $"ask for desk {new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).ToArray())}";

        var order = await CaptureWithPhoneAsync($"  {typed} ");

        Assert.Equal(typed, order.Customer!.Phone);
        Assert.Equal(order.Id, Assert.Single((await SearchAsync(typed)).Items).Id);
    }
}

public sealed class PhoneSearchTests_Sqlite(SqliteFixture fx) : PhoneSearchTests(fx), IClassFixture<SqliteFixture>;

public sealed class PhoneSearchTests_Postgres(PostgresFixture fx) : PhoneSearchTests(fx), IClassFixture<PostgresFixture>;
