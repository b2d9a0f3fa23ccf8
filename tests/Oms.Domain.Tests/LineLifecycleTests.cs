using FsCheck.Xunit;
using Oms.Domain.Common;
using Oms.Domain.Inventory;
using Oms.Domain.Orders;
using static Oms.Domain.Tests.OrderBuilder;

namespace Oms.Domain.Tests;

public sealed class LineLifecycleTests
{
    [Fact]
    public void A_lifecycle_refuses_an_action_it_does_not_list()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => LineLifecycles.ShipToAddress.Next(LineStatus.Delivered, LineAction.Cancel, "1"));
        Assert.Equal("Delivered", ex.State);
        Assert.Contains("Cancel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lifecycle_with_a_duplicate_move_is_invalid()
        => Assert.Throws<BusinessRuleException>(() => new LineLifecycle("bad@1",
            [new(LineStatus.Created, LineAction.Allocate, LineStatus.Allocated), new(LineStatus.Created, LineAction.Allocate, LineStatus.Backordered)]));

    [Theory]
    [InlineData(DeliveryMethod.ShipToAddress, "ship-to-address@1")]
    [InlineData(DeliveryMethod.CarrierPickupPoint, "ship-to-address@1")]
    [InlineData(DeliveryMethod.PickupInStore, "pickup-in-store@1")]
    [InlineData(DeliveryMethod.CarryOut, "carry-out@1")]
    public void Each_delivery_method_has_its_lifecycle(DeliveryMethod method, string id)
        => Assert.Equal(id, LineLifecycles.For(method).Id);

    [Theory]
    [InlineData(LineStatus.Shipped)]
    [InlineData(LineStatus.Delivered)]
    [InlineData(LineStatus.Cancelled)]
    public void Nothing_after_shipment_can_be_cancelled(LineStatus state)
        => Assert.False(LineLifecycles.ShipToAddress.Allows(state, LineAction.Cancel));

    /// <summary>
    /// Whatever events arrive in whatever order, a refused event changes nothing, and the stock effects add up:
    /// the line holds a reservation exactly when the allocation has not been released or consumed.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool Any_sequence_of_events_keeps_reservations_consistent(int[] steps)
    {
        var o = Capture(Pickup("S1", "A", 2), Ship("B", 1));
        var reserved = new Dictionary<Guid, int>();
        foreach (var step in steps ?? [])
        {
            var version = o.Version;
            var n = step & int.MaxValue;
            var line = o.Lines[n % 2];
            var fo = line.FulfilmentOrderId;
            try
            {
                IEnumerable<StockEffect> effects = (n / 2 % 9) switch
                {
                    0 => Allocate(o, line, reserved),
                    1 => Act(() => o.Release(fo ?? Guid.Empty, Now, Agent)),
                    2 => Act(() => o.Pick(fo ?? Guid.Empty, Now, Agent)),
                    3 => o.Ship(fo ?? Guid.Empty, "DHL", "T", null, Now, Agent).Effects,
                    4 => Act(() => o.ReadyForPickup(fo ?? Guid.Empty, Now.AddDays(1), Now, Agent)),
                    5 => o.Collect(fo ?? Guid.Empty, Now, Agent),
                    6 => o.ExpirePickups(Now.AddDays(2), Actor.System),
                    7 => o.Cancel([line.Id], "test", Now, Agent),
                    _ => Act(() => o.Backorder(line.Id, "test", Now, Actor.System)),
                };
                foreach (var e in effects)
                {
                    var l = o.Lines.Single(x => x.Sku == e.Sku);
                    if (e.Kind is StockEffectKind.ReleaseReservation or StockEffectKind.ConsumeReservation)
                        reserved[l.Id] = reserved.GetValueOrDefault(l.Id) - e.Quantity;
                }
            }
            catch (DomainException)
            {
                if (o.Version != version) return false;
            }
            if (o.Lines.Any(l => reserved.GetValueOrDefault(l.Id) != (l.HoldsReservation ? l.Quantity : 0))) return false;
        }
        return true;
    }

    private static IEnumerable<StockEffect> Allocate(Order o, OrderLine line, Dictionary<Guid, int> reserved)
    {
        o.Allocate(line.Id, line.DeliveryMethod == DeliveryMethod.PickupInStore ? "S1" : "DC", "test", Now, Actor.System);
        reserved[line.Id] = reserved.GetValueOrDefault(line.Id) + line.Quantity;
        return [];
    }

    private static IEnumerable<StockEffect> Act(Action a)
    {
        a();
        return [];
    }
}
