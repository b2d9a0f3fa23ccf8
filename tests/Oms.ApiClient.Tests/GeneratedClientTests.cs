namespace Oms.ApiClient.Tests;

/// <summary>The generated client works against the server: a capture round-trips, and refusals arrive as typed problems.</summary>
public sealed class GeneratedClientTests(OmsServer server) : IClassFixture<OmsServer>
{
    [Fact]
    public async Task An_order_captured_through_the_generated_client_reads_back_the_same()
    {
        var client = server.Client();
        var request = new CaptureOrderRequest
        {
            Channel = "web",
            ChannelOrderId = $"CLIENT-{Guid.NewGuid():N}",
            Currency = "EUR",
            Customer = new CustomerRequest { Email = "client@example.com", Name = "Client Test" },
            ShippingAddress = new AddressRequest { Name = "Client Test", Line1 = "Damrak 1", PostalCode = "1012 LG", City = "Amsterdam", Country = "NL" },
            ShippingCharge = 4.95m,
            Lines = [new OrderLineRequest { Sku = "SKU-0001", Quantity = 2, UnitPrice = 19.95m, Tax = 6.93m, DeliveryMethod = DeliveryMethod.ShipToAddress }],
        };

        var captured = await client.CaptureOrderAsync($"key-{request.ChannelOrderId}", null, request);
        var read = await client.GetOrderAsync(captured.Number);

        Assert.Equal(captured.Id, read.Id);
        Assert.Equal(request.ChannelOrderId, read.ChannelOrderId);
        var line = Assert.Single(read.Lines);
        Assert.Equal("SKU-0001", line.Sku);
        Assert.Equal(2, line.Quantity);
        Assert.Equal(DeliveryMethod.ShipToAddress, line.DeliveryMethod);
        Assert.Equal(2 * 19.95m + 4.95m + 6.93m, read.Totals.Total);
        Assert.Contains(read.Timeline, e => e.Actor == "admin:demo-admin");
    }

    [Fact]
    public async Task A_validation_error_arrives_as_the_client_exception_with_the_problem_details()
    {
        var client = server.Client();
        var request = new CaptureOrderRequest
        {
            Channel = "web",
            ChannelOrderId = $"CLIENT-{Guid.NewGuid():N}",
            Lines = [new OrderLineRequest { Sku = "SKU-0001", Quantity = 0, UnitPrice = 19.95m, DeliveryMethod = DeliveryMethod.PickupInStore }],
        };

        var e = await Assert.ThrowsAsync<OmsApiException<ValidationProblem>>(() => client.CaptureOrderAsync(null, null, request));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal(400, e.Result.Status);
        Assert.Equal("validation", e.Result.Code);
        Assert.Contains("lines[0].quantity", e.Result.Errors.Keys);
        Assert.Contains("lines[0].pickupLocation", e.Result.Errors.Keys);
    }
}
