using Oms.Server.Web;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using System.Net;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;
using Oms.Server.Features.Pickups;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>The other delivery methods and mixes of MISSION.md (UC03–UC06, UC09–UC13), from capture to the last state.</summary>
public abstract class OmnichannelUseCaseTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task UC03_Buy_online_home_delivery_from_an_external_DC()
    {
        await Api.StockOnlyAtAsync("SKU-0044", ("SUP-DROPSHIP", 100));
        await Api.StockOnlyAtAsync("SKU-0012", ("DC-CENTRAL", 0), ("DC-3PL-TLB", 8));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0012", 2), Ship("SKU-0044", 1)));

        Assert.Equal(["DC-3PL-TLB", "SUP-DROPSHIP"], order.Lines.Select(l => l.FulfilmentLocation));
        Assert.Equal(2, order.FulfilmentOrders.Count);
        foreach (var fo in order.FulfilmentOrders)
        {
            await Api.FulfilAsync(fo.Id, "release");
            order = await Api.ShipAsync(fo.Id, "DHL", $"JV{fo.Number}");
        }
        foreach (var shipment in order.Shipments) order = await Api.DeliverAsync(shipment.Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(6, (await Api.StockAtAsync("SKU-0012", "DC-3PL-TLB")).OnHand);
        Assert.Equal(99, (await Api.StockAtAsync("SKU-0044", "SUP-DROPSHIP")).OnHand);
    }

    [Fact]
    public async Task UC04_Buy_online_deliver_to_a_carrier_pickup_point()
    {
        await Api.StockOnlyAtAsync("SKU-0013", ("DC-CENTRAL", 5));
        var line = new OrderLineRequest("SKU-0013", 1, 19.95m, 0, 0, null, DeliveryMethod.CarrierPickupPoint, "PUP-RTM-CS", null);

        var order = await Api.CaptureAsync(Online(line) with { ShippingAddress = null });

        Assert.Equal("DC-CENTRAL", order.Lines[0].FulfilmentLocation);
        Assert.Equal("PUP-RTM-CS", order.Lines[0].PickupLocation);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.ShipAsync(fo, "PostNL", "3SPUP1");
        order = await Api.DeliverAsync(order.Shipments[0].Id);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((4, 0), await OnHandReserved("SKU-0013", "DC-CENTRAL"));
    }

    [Fact]
    public async Task UC05_One_online_order_one_item_shipped_home_another_to_a_store()
    {
        await Api.StockOnlyAtAsync("SKU-0014", ("DC-CENTRAL", 5));
        await Api.StockOnlyAtAsync("SKU-0015", ("DC-CENTRAL", 5), ("STORE-EHV", 2));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0014"), Pickup("SKU-0015", "STORE-EHV")));

        var home = order.FulfilmentOrders.Single(f => f.DeliveryMethod == DeliveryMethod.ShipToAddress);
        var store = order.FulfilmentOrders.Single(f => f.DeliveryMethod == DeliveryMethod.PickupInStore);
        Assert.Equal(("DC-CENTRAL", "STORE-EHV"), (home.Location, store.Location));
        await Api.FulfilAsync(home.Id, "release");
        order = await Api.ShipAsync(home.Id);
        Assert.Equal(OrderStatus.PartiallyShipped, order.Status);
        await Api.FulfilAsync(store.Id, "release");
        await Api.FulfilAsync(store.Id, "ready-for-pickup");
        order = await Api.FulfilAsync(store.Id, "collect");
        order = await Api.DeliverAsync(order.Shipments[0].Id);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0015", "STORE-EHV"));
    }

    [Fact]
    public async Task UC06_Buy_online_ship_from_store()
    {
        await Api.StockOnlyAtAsync("SKU-0016", ("DC-CENTRAL", 0), ("STORE-AMS", 3), ("STORE-GRN", 9));

        var order = await Api.CaptureAsync(Online(Ship("SKU-0016", 2)));

        Assert.Equal("STORE-AMS", order.Lines[0].FulfilmentLocation);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release", actor: "store:STORE-AMS");
        await Api.FulfilAsync(fo, "pick", actor: "store:STORE-AMS");
        await Api.FulfilAsync(fo, "pack", actor: "store:STORE-AMS");
        order = await Api.ShipAsync(fo, "PostNL", "3SSFS1");
        order = await Api.DeliverAsync(order.Shipments[0].Id);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0016", "STORE-AMS"));
        Assert.Equal(9, (await Api.StockAtAsync("SKU-0016", "STORE-GRN")).OnHand);
    }

    [Fact]
    public async Task UC09_Buy_several_items_in_store_pick_one_up_later_in_that_store()
    {
        await Api.StockOnlyAtAsync("SKU-0017", ("STORE-DHG", 3));
        await Api.StockOnlyAtAsync("SKU-0018", ("STORE-DHG", 2));

        var order = await Api.CaptureAsync(Pos("STORE-DHG", CarryOut("SKU-0017"), Pickup("SKU-0018", "STORE-DHG")), actor: "store:STORE-DHG");

        Assert.Equal([LineStatus.CarriedOut, LineStatus.Allocated], order.Lines.Select(l => l.Status));
        Assert.Equal((2, 0), await OnHandReserved("SKU-0017", "STORE-DHG"));
        Assert.Equal((2, 1), await OnHandReserved("SKU-0018", "STORE-DHG"));
        var later = order.FulfilmentOrders.Single(f => f.DeliveryMethod == DeliveryMethod.PickupInStore).Id;
        await Api.FulfilAsync(later, "release");
        await Api.FulfilAsync(later, "ready-for-pickup");
        fx.Clock.Advance(TimeSpan.FromDays(2));
        order = await Api.FulfilAsync(later, "collect", actor: "store:STORE-DHG");

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0018", "STORE-DHG"));
    }

    [Fact]
    public async Task UC10_Buy_items_in_store_plus_extra_items_shipped_from_the_central_DC()
    {
        await Api.StockOnlyAtAsync("SKU-0019", ("STORE-RTM", 2), ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0020", ("DC-CENTRAL", 10));

        var order = await Api.CaptureAsync(Pos("STORE-RTM", CarryOut("SKU-0019"), Ship("SKU-0020", 3)));

        Assert.Equal(OrderStatus.PartiallyShipped, order.Status);
        Assert.Equal("DC-CENTRAL", order.Lines[1].FulfilmentLocation);
        var dc = order.FulfilmentOrders.Single(f => f.Location == "DC-CENTRAL").Id;
        await Api.FulfilAsync(dc, "release");
        order = await Api.ShipAsync(dc);
        order = await Api.DeliverAsync(order.Shipments[0].Id);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0019", "STORE-RTM"));
        Assert.Equal((7, 0), await OnHandReserved("SKU-0020", "DC-CENTRAL"));
    }

    [Fact]
    public async Task UC11_Buy_in_store_take_one_item_away_ship_the_other_home()
    {
        await Api.StockOnlyAtAsync("SKU-0021", ("STORE-UTR", 1), ("DC-CENTRAL", 0));
        await Api.StockOnlyAtAsync("SKU-0022", ("STORE-UTR", 0), ("DC-CENTRAL", 4));

        var order = await Api.CaptureAsync(Pos("STORE-UTR", CarryOut("SKU-0021"), Ship("SKU-0022")));

        Assert.Equal([LineStatus.CarriedOut, LineStatus.Allocated], order.Lines.Select(l => l.Status));
        Assert.Equal("Utrecht", order.ShippingAddress!.City);
        var fo = order.FulfilmentOrders.Single(f => f.DeliveryMethod == DeliveryMethod.ShipToAddress).Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.DeliverAsync((await Api.ShipAsync(fo)).Shipments[0].Id);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(0, (await Api.StockAtAsync("SKU-0021", "STORE-UTR")).OnHand);
    }

    [Fact]
    public async Task UC12_Buy_in_store_A_ship_from_store_B()
    {
        await Api.StockOnlyAtAsync("SKU-0023", ("STORE-HLM", 0), ("DC-CENTRAL", 0), ("STORE-DHG", 2), ("STORE-GRN", 5));

        var order = await Api.CaptureAsync(Pos("STORE-HLM", Ship("SKU-0023")) with { ShippingAddress = AmsterdamHome }, actor: "store:STORE-HLM");

        Assert.Equal("STORE-HLM", order.SellingLocation);
        Assert.Equal("STORE-DHG", order.Lines[0].FulfilmentLocation);
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release", actor: "store:STORE-DHG");
        order = await Api.DeliverAsync((await Api.ShipAsync(fo)).Shipments[0].Id);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0023", "STORE-DHG"));
    }

    [Fact]
    public async Task UC13_Reserve_online_and_collect_in_the_chosen_store()
    {
        await Api.StockOnlyAtAsync("SKU-0024", ("STORE-ZWL", 2));

        var order = await Api.CaptureAsync(Online(Pickup("SKU-0024", "STORE-ZWL")) with { Type = OrderType.ReserveAndCollect, ShippingAddress = null });

        Assert.Equal(OrderType.ReserveAndCollect, order.Type);
        Assert.Equal((2, 1), await OnHandReserved("SKU-0024", "STORE-ZWL"));
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-ZWL");
        order = await Api.FulfilAsync(fo, "collect", actor: "store:STORE-ZWL");
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0024", "STORE-ZWL"));
    }

    [Fact]
    public async Task UC13_A_reservation_not_collected_in_time_expires_and_frees_the_stock()
    {
        await Api.StockOnlyAtAsync("SKU-0025", ("STORE-ZWL", 1));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0025", "STORE-ZWL")) with { Type = OrderType.ReserveAndCollect });
        var fo = order.FulfilmentOrders[0].Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "ready-for-pickup");
        var blocked = await Api.CaptureAsync(Online(Pickup("SKU-0025", "STORE-ZWL")));
        Assert.Equal(LineStatus.Backordered, blocked.Lines[0].Status);

        fx.Clock.Advance(TimeSpan.FromDays(8));
        await Api.ExpectAsync<PickupSweepResponse>(await Api.PostAsync("/api/pickups/expire-due"), HttpStatusCode.OK);

        Assert.Equal(OrderStatus.Cancelled, (await Api.GetOrderAsync(order.Number)).Status);
        Assert.Equal((1, 0), await OnHandReserved("SKU-0025", "STORE-ZWL"));
        var next = await Api.CaptureAsync(Online(Pickup("SKU-0025", "STORE-ZWL")));
        Assert.Equal(LineStatus.Allocated, next.Lines[0].Status);
    }

    private async Task<(int OnHand, int Reserved)> OnHandReserved(string sku, string location)
    {
        var p = await Api.StockAtAsync(sku, location);
        return (p.OnHand, p.Reserved);
    }
}

public sealed class OmnichannelUseCaseTests_Sqlite(SqliteFixture fx) : OmnichannelUseCaseTests(fx), IClassFixture<SqliteFixture>;

public sealed class OmnichannelUseCaseTests_Postgres(PostgresFixture fx) : OmnichannelUseCaseTests(fx), IClassFixture<PostgresFixture>;
