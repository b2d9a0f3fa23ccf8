using Oms.Server.Web;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Network;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;
using static Oms.Server.Tests.Infrastructure.ReferenceData;

namespace Oms.Server.Tests;

/// <summary>A retailer starts the OMS without demo data and gives it its own channels, network, catalogue and stock, through the API alone.</summary>
public abstract class RetailerSetupTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task An_OMS_without_demo_data_is_set_up_through_the_API_and_takes_an_order_to_delivery()
    {
        Assert.Empty((await Api.ExpectAsync<CursorPage<ChannelResponse>>(await Api.Http.GetAsync("/api/channels"), HttpStatusCode.OK)).Items);
        Assert.Empty((await Api.ExpectAsync<CursorPage<LocationResponse>>(await Api.Http.GetAsync("/api/locations"), HttpStatusCode.OK)).Items);

        await Api.PutAsync<ChannelResponse>("/api/channels/shop", Channel("shop"));
        var dc = await Api.PutAsync<LocationResponse>("/api/locations/DC-NORTH", Dc("DC-NORTH"));
        await Api.PutAsync<LocationResponse>("/api/locations/STORE-ONE", Store("STORE-ONE"));
        await Api.PutAsync<CarrierResponse>("/api/carriers/postnl",
            new CarrierRequest("postnl", "PostNL", "https://track.example/{trackingNumber}", Services: ["standard"]));
        await Api.PutAsync<ProductResponse>("/api/products/TENT-1", Product("TENT-1", 199m, "camping"));
        await Api.PutAsync<ProductResponse>("/api/products/MAT-1", Product("MAT-1", 39.95m));
        await Api.SetStockAsync("DC-NORTH", "TENT-1", 10);
        await Api.SetStockAsync("DC-NORTH", "MAT-1", 4);
        await Api.SetStockAsync("STORE-ONE", "MAT-1", 1);
        Assert.Equal(["ship", "returns"], dc.Capabilities);

        var order = await Api.CaptureAsync(Online(NewId("SHOP"), "anna@example.com", Ship("TENT-1", 2, 199m), Ship("MAT-1", 1, 39.95m))
            with { Channel = "shop" });

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.All(order.Lines, l => Assert.Equal("DC-NORTH", l.FulfilmentLocation));
        var fo = Assert.Single(order.FulfilmentOrders).Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "pick");
        await Api.FulfilAsync(fo, "pack");
        order = await Api.ShipAsync(fo, "postnl", "3SNORTH1");
        Assert.Equal(OrderStatus.Shipped, order.Status);
        order = await Api.DeliverAsync(Assert.Single(order.Shipments).Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.All(order.Lines, l => Assert.Equal(LineStatus.Delivered, l.Status));
        var tents = await Api.StockAtAsync("TENT-1", "DC-NORTH");
        Assert.Equal((8, 0), (tents.OnHand, tents.Reserved));
    }
}

public sealed class RetailerSetupTests_Sqlite(EmptySqliteFixture fx) : RetailerSetupTests(fx), IClassFixture<EmptySqliteFixture>;

public sealed class RetailerSetupTests_Postgres(EmptyPostgresFixture fx) : RetailerSetupTests(fx), IClassFixture<EmptyPostgresFixture>;
