using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests;

public sealed class OrderLifecycleTests
{
    [Fact]
    public void Captured_order_has_created_lines_totals_and_a_timeline_entry()
    {
        var o = Capture(Ship("A", 2, 10m), Ship("B", 1, 5m) with { Discount = 1m, Tax = 2m });

        Assert.Equal(OrderStatus.Created, o.Status);
        Assert.All(o.Lines, l => Assert.Equal(LineStatus.Created, l.Status));
        Assert.Equal(24m, o.Subtotal.Amount);
        Assert.Equal(2m, o.TaxTotal.Amount);
        Assert.Equal(30.95m, o.Total.Amount);
        var entry = Assert.Single(o.Timeline);
        Assert.Equal("order.captured", entry.Type);
        Assert.Equal("channel:web", entry.Actor);
    }

    [Fact]
    public void Shipping_a_line_walks_release_pick_pack_ship_deliver_and_consumes_its_reservation()
    {
        var o = Allocated("DC", Ship("A", 2));
        var fo = Assert.Single(o.FulfilmentOrders);

        o.Release(fo.Id, Now, Agent);
        o.Pick(fo.Id, Now, Agent);
        o.Pack(fo.Id, Now, Agent);
        var (shipment, effects) = o.Ship(fo.Id, "PostNL", "3S123", null, Now, Agent);

        Assert.Equal(OrderStatus.Shipped, o.Status);
        Assert.Equal(new StockEffect(StockEffectKind.ConsumeReservation, "DC", "A", 2), Assert.Single(effects));
        o.Deliver(shipment.Id, Now, Agent);
        Assert.Equal(OrderStatus.Completed, o.Status);
        Assert.Equal(FulfilmentOrderStatus.Completed, fo.Status);
        Assert.Contains(o.Timeline, t => t.Type == "line.delivered" && t.Actor == "agent:anna");
    }

    [Fact]
    public void Cancel_after_shipment_is_refused_and_changes_nothing()
    {
        var o = Allocated("DC", Ship("A"), Ship("B"));
        var fo = o.FulfilmentOrders[0];
        o.Release(fo.Id, Now, Agent);
        o.Ship(fo.Id, "DHL", "T1", [o.Lines[0].Id], Now, Agent);
        var version = o.Version;

        var ex = Assert.Throws<InvalidTransitionException>(() => o.Cancel(null, "customer changed mind", Now, Agent));

        Assert.Equal("Shipped", ex.State);
        Assert.Equal("Cancel", ex.Action);
        Assert.Equal(LineStatus.Released, o.Lines[1].Status);
        Assert.Equal(version, o.Version);
    }

    [Fact]
    public void Cancelling_some_lines_releases_only_their_reservations()
    {
        var o = Allocated("DC", Ship("A", 3), Ship("B", 1));

        var effects = o.Cancel([o.Lines[0].Id], "out of budget", Now, Agent);

        Assert.Equal(new StockEffect(StockEffectKind.ReleaseReservation, "DC", "A", 3), Assert.Single(effects));
        Assert.Equal(LineStatus.Cancelled, o.Lines[0].Status);
        Assert.Equal(OrderStatus.Allocated, o.Status);
        Assert.Equal(10m, o.Subtotal.Amount);
    }

    [Fact]
    public void Cancelling_a_backordered_line_releases_nothing()
    {
        var o = Capture(Ship("A"));
        o.Backorder(o.Lines[0].Id, "no stock", Now, Actor.System);

        var effects = o.Cancel(null, "waited too long", Now, Agent);

        Assert.Empty(effects);
        Assert.Equal(OrderStatus.Cancelled, o.Status);
        Assert.Contains(o.Timeline, t => t.Type == "order.cancelled");
    }

    [Fact]
    public void Ship_before_release_is_refused()
    {
        var o = Allocated("DC", Ship("A"));

        var ex = Assert.Throws<InvalidTransitionException>(() => o.Ship(o.FulfilmentOrders[0].Id, "DHL", "T", null, Now, Agent));

        Assert.Equal("Allocated", ex.State);
        Assert.Equal("Ship", ex.Action);
    }

    [Fact]
    public void A_pickup_line_cannot_be_shipped_and_a_shipped_line_cannot_be_collected()
    {
        var pickup = Allocated("STORE-1", Pickup("STORE-1"));
        pickup.Release(pickup.FulfilmentOrders[0].Id, Now, Agent);
        Assert.Throws<InvalidTransitionException>(() => pickup.Ship(pickup.FulfilmentOrders[0].Id, "DHL", "T", null, Now, Agent));

        var parcel = Allocated("DC", Ship("A"));
        parcel.Release(parcel.FulfilmentOrders[0].Id, Now, Agent);
        Assert.Throws<InvalidTransitionException>(() => parcel.Collect(parcel.FulfilmentOrders[0].Id, Now, Agent));
    }

    [Fact]
    public void Uncollected_pickup_expires_after_its_window_and_gives_its_stock_back()
    {
        var o = Allocated("STORE-1", Pickup("STORE-1", "A", 2));
        var fo = o.FulfilmentOrders[0];
        o.Release(fo.Id, Now, Agent);
        o.ReadyForPickup(fo.Id, Now.AddDays(7), Now, Agent);
        Assert.Equal(OrderStatus.ReadyForPickup, o.Status);

        Assert.Empty(o.ExpirePickups(Now.AddDays(6), Actor.System));
        var effects = o.ExpirePickups(Now.AddDays(7), Actor.System);

        Assert.Equal(new StockEffect(StockEffectKind.ReleaseReservation, "STORE-1", "A", 2), Assert.Single(effects));
        Assert.Equal(LineStatus.PickupExpired, o.Lines[0].Status);
        Assert.Equal(OrderStatus.Cancelled, o.Status);
    }

    [Fact]
    public void Carry_out_completes_at_once_and_consumes_on_hand_at_the_selling_store()
    {
        var o = Capture("STORE-1", CarryOut("A", 1));

        var effects = o.CarryOut(Now, Agent);

        Assert.Equal(new StockEffect(StockEffectKind.ConsumeOnHand, "STORE-1", "A", 1), Assert.Single(effects));
        Assert.Equal(OrderStatus.Completed, o.Status);
    }

    [Fact]
    public void A_carry_out_line_cannot_be_cancelled_once_taken_away()
    {
        var o = Capture("STORE-1", CarryOut());
        o.CarryOut(Now, Agent);

        Assert.Throws<InvalidTransitionException>(() => o.Cancel(null, "oops", Now, Agent));
    }

    [Fact]
    public void Partially_shipped_order_reports_partially_shipped()
    {
        var o = Allocated("DC", Ship("A"), Ship("B"));
        var fo = o.FulfilmentOrders[0];
        o.Release(fo.Id, Now, Agent);

        o.Ship(fo.Id, "DHL", "T1", [o.Lines[0].Id], Now, Agent);

        Assert.Equal(OrderStatus.PartiallyShipped, o.Status);
        Assert.Equal(FulfilmentOrderStatus.PartiallyShipped, fo.Status);
    }

    [Fact]
    public void Lines_allocated_to_two_locations_make_two_fulfilment_orders()
    {
        var o = Capture(Ship("A"), Ship("B"));
        o.Allocate(o.Lines[0].Id, "DC", "test", Now, Actor.System);
        o.Allocate(o.Lines[1].Id, "STORE-1", "test", Now, Actor.System);

        Assert.Equal(["DC", "STORE-1"], o.FulfilmentOrders.Select(f => f.LocationCode));
    }

    [Fact]
    public void Every_change_bumps_the_version()
    {
        var o = Allocated("DC", Ship("A"));
        var before = o.Version;

        o.Release(o.FulfilmentOrders[0].Id, Now, Agent);

        Assert.True(o.Version > before);
    }
}
