using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oms.Carriers.Sendcloud;
using Oms.Domain.Orders;
using Oms.Domain.Tracking;
using Oms.Persistence;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Payments;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Carriers.ShipmentTrackingSteps;

namespace Oms.Server.Tests.Carriers;

/// <summary>
/// The carrier's tracking of outbound parcels, over the public API: Sendcloud's signed webhooks (as the stand-in signs them)
/// move the order's shipment through its milestones, deliver the lines, put a returned parcel on a hold for a person, and
/// tell the customer by e-mail (a real SMTP server). Repeats and late, older updates are answered 200 and change nothing.
/// </summary>
public abstract class ShipmentTrackingTests(MailFixture fx)
{
    private OmsClient Api => fx.Api;
    /// <summary>The OMS's clock to the second: Sendcloud's timestamps carry milliseconds.</summary>
    private DateTime Now
    {
        get
        {
            var now = fx.Clock.GetUtcNow().UtcDateTime;
            return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        }
    }

    [Fact]
    public async Task Each_milestone_moves_the_shipment_and_the_delivery_delivers_its_lines_and_the_customer_hears_of_each()
    {
        var (to, tracking) = (MailFixture.NewAddress("milestones"), NewTracking());
        var order = await ShippedAsync(Api, to, tracking, carrier: "PostNL");
        var at = Now.AddHours(1);

        var receipt = await PostAsync(fx, Webhook(tracking, SendcloudStatuses.ShipmentPickedUpByDriver, at));
        Assert.Equal(("applied", Shipment(order).Id, order.Id), (receipt.Outcome, receipt.ShipmentId, receipt.OrderId));
        await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.InTransit, at, LineStatus.Shipped);

        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.DriverEnRoute, at.AddHours(12)));
        await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.OutForDelivery, at.AddHours(12), LineStatus.Shipped);
        await fx.SettleAsync();
        var today = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} arrives today").Message;
        Assert.Contains($"Your parcel {tracking} from order {order.Number} is out for delivery with PostNL", today.TextBody,
            StringComparison.Ordinal);

        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.DeliveryAttemptFailed, at.AddHours(14)));
        await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.FailedAttempt, at.AddHours(14), LineStatus.Shipped);
        await fx.SettleAsync();
        var missed = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"We missed you: order {order.Number}").Message;
        Assert.Contains($"PostNL could not deliver your parcel {tracking}", missed.TextBody, StringComparison.Ordinal);

        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.Delivered, at.AddDays(1)));
        var delivered = await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.Delivered, at.AddDays(1), LineStatus.Delivered);
        Assert.Equal(OrderStatus.Completed, delivered.Status);
        Assert.NotNull(Shipment(delivered).DeliveredAt);
        Assert.Equal(["shipment.in-transit", "shipment.out-for-delivery", "shipment.delivery-failed", "shipment.delivered"],
            delivered.Timeline.Where(t => t.Type.StartsWith("shipment.", StringComparison.Ordinal) && t.Type != "shipment.created")
                .Select(t => t.Type));
        Assert.All(delivered.Timeline.Where(t => t.Type is "shipment.delivered" or "line.delivered"),
            t => Assert.Equal("carrier:sendcloud", t.Actor));
        var entry = Assert.Single(delivered.Timeline, t => t.Type == "shipment.delivery-failed");
        Assert.Contains("Delivery attempt failed, sendcloud status 8", entry.Message, StringComparison.Ordinal);
        Assert.Equal(Shipment(order).Id, entry.SubjectId);
        await fx.SettleAsync();
        var mail = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} has been delivered").Message;
        Assert.Contains($"PostNL delivered your parcel {tracking}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_delivered_three_times_moves_the_order_once_and_is_answered_200_each_time()
    {
        var (to, tracking) = (MailFixture.NewAddress("thrice"), NewTracking());
        var order = await ShippedAsync(Api, to, tracking);
        var body = Webhook(tracking, SendcloudStatuses.Delivered, Now.AddDays(1));

        var receipts = new List<string>();
        for (var i = 0; i < 3; i++) receipts.Add((await PostAsync(fx, body)).Outcome);

        Assert.Equal(["applied", "duplicate", "duplicate"], receipts);
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Single(after.Timeline, t => t.Type == "shipment.delivered");
        Assert.Single(after.Timeline, t => t.Type == "line.delivered");
        Assert.Equal(OrderStatus.Completed, after.Status);
        await fx.SettleAsync();
        Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} has been delivered");
        Assert.Equal(1, await KeptAsync(tracking));
    }

    [Fact]
    public async Task An_older_update_arriving_after_the_delivery_does_not_move_the_shipment_back()
    {
        var (to, tracking) = (MailFixture.NewAddress("late"), NewTracking());
        var order = await ShippedAsync(Api, to, tracking);
        var deliveredAt = Now.AddDays(1);
        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.Delivered, deliveredAt));
        var before = await Api.GetOrderAsync(order.Number);

        var late = await PostAsync(fx, Webhook(tracking, SendcloudStatuses.DriverEnRoute, deliveredAt.AddHours(-3)));
        var later = await PostAsync(fx, Webhook(tracking, SendcloudStatuses.DeliveryAttemptFailed, deliveredAt.AddHours(2)));

        Assert.Equal(("stale", "stale"), (late.Outcome, later.Outcome));
        var after = await Api.GetOrderAsync(order.Number);
        Assert.Equal((ShipmentTrackingStatus.Delivered, deliveredAt), (Shipment(after).TrackingStatus, Shipment(after).TrackingStatusAt));
        Assert.Equal(LineStatus.Delivered, after.Lines.Single().Status);
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        await fx.SettleAsync();
        Assert.DoesNotContain(fx.MailsTo(to), m => m.Message.Subject?.Contains("arrives today", StringComparison.Ordinal) == true);
        using var scope = fx.Services.CreateScope();
        var kept = await scope.ServiceProvider.GetRequiredService<OmsDbContext>().CarrierMessages.AsNoTracking()
            .Where(m => m.TrackingNumber == tracking).Select(m => m.Outcome).ToListAsync();
        Assert.Equal(2, kept.Count(o => o == CarrierMessageOutcome.Stale));
    }

    [Fact]
    public async Task An_update_older_than_the_latest_milestone_is_kept_but_does_not_turn_the_shipment_back()
    {
        var tracking = NewTracking();
        var order = await ShippedAsync(Api, MailFixture.NewAddress("order"), tracking);
        var at = Now.AddHours(8);
        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.DriverEnRoute, at));

        var older = await PostAsync(fx, Webhook(tracking, SendcloudStatuses.Sorted, at.AddHours(-5)));

        Assert.Equal("stale", older.Outcome);
        var after = await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.OutForDelivery, at, LineStatus.Shipped);
        Assert.DoesNotContain(after.Timeline, t => t.Type == "shipment.in-transit");
    }

    [Fact]
    public async Task A_parcel_for_a_carrier_pickup_point_waits_there_is_collected_and_the_customer_is_told_where()
    {
        var (to, tracking) = (MailFixture.NewAddress("pup"), NewTracking());
        var order = await ShippedAsync(Api, to, tracking, toPickupPoint: true);
        var at = Now.AddHours(20);

        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.AwaitingCustomerPickup, at, servicePoint: "10234"));
        var waiting = await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.ArrivedAtPickupPoint, at, LineStatus.Shipped);
        Assert.Equal("Service point 10234", Shipment(waiting).TrackingLocation);
        await fx.SettleAsync();
        var mail = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} is waiting at the pickup point")
            .Message;
        Assert.Contains("is waiting for you at PostNL point Rotterdam Centraal", mail.TextBody, StringComparison.Ordinal);

        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.ShipmentCollectedByCustomer, at.AddDays(1), servicePoint: "10234"));
        var collected = await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.CollectedFromPickupPoint, at.AddDays(1),
            LineStatus.Delivered);
        Assert.Equal(OrderStatus.Completed, collected.Status);
        Assert.Single(collected.Timeline, t => t.Type == "shipment.collected-from-pickup-point");
    }

    [Fact]
    public async Task A_parcel_returned_to_sender_puts_the_order_on_a_hold_that_a_person_lifts_with_a_reason()
    {
        var tracking = NewTracking();
        var order = await ShippedAsync(Api, MailFixture.NewAddress("rts"), tracking);

        var at = Now.AddDays(3);
        await PostAsync(fx, Webhook(tracking, SendcloudStatuses.ReturnedToSender, at));

        var held = await AssertTrackingAsync(order.Number, ShipmentTrackingStatus.ReturnedToSender, at, LineStatus.Shipped);
        var hold = Assert.Single(held.Holds ?? [], h => h.Kind == HoldKind.ReturnedToSender);
        Assert.Null(hold.LiftedAt);
        Assert.Contains($"{tracking} (PostNL) goes back to the sender: line(s) 1 need a person", hold.Reason, StringComparison.Ordinal);
        var queue = await Api.ExpectAsync<CursorPage<HeldOrderResponse>>(
            await Api.SendAsync(HttpMethod.Get, "/api/holds?kind=returnedToSender&limit=200"), HttpStatusCode.OK);
        Assert.Contains(queue.Items, h => h.OrderId == order.Id && h.Kind == HoldKind.ReturnedToSender);

        var lifted = await Api.ExpectAsync<OrderResponse>(await Api.PostAsync($"/api/orders/{order.Number}/holds/returnedToSender/release",
            new LiftHoldRequest("Parcel back at the DC; sent again as a new order."), "agent:anna"), HttpStatusCode.OK);
        Assert.NotNull(Assert.Single(lifted.Holds ?? [], h => h.Kind == HoldKind.ReturnedToSender).LiftedAt);
    }

    [Fact]
    public async Task A_tracking_number_two_other_carriers_share_is_not_guessed_between_and_is_kept_as_unmatched()
    {
        var tracking = NewTracking();
        var first = await ShippedAsync(Api, MailFixture.NewAddress("twin1"), tracking, carrier: "PostNL");
        await ShippedAsync(Api, MailFixture.NewAddress("twin2"), tracking, carrier: "DHL");

        var receipt = await PostAsync(fx, Webhook(tracking, SendcloudStatuses.Delivered, Now.AddDays(1)));

        Assert.Equal(("unmatched", null), (receipt.Outcome, receipt.ShipmentId));
        Assert.Null(Shipment(await Api.GetOrderAsync(first.Number)).TrackingStatus);
    }

    private async Task<OrderResponse> AssertTrackingAsync(string number, ShipmentTrackingStatus status, DateTime at, LineStatus lines)
    {
        var order = await Api.GetOrderAsync(number);
        var shipment = Shipment(order);
        Assert.Equal((status, at), (shipment.TrackingStatus, shipment.TrackingStatusAt));
        Assert.All(order.Lines, l => Assert.Equal(lines, l.Status));
        return order;
    }

    private async Task<int> KeptAsync(string tracking)
    {
        using var scope = fx.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OmsDbContext>().CarrierMessages.CountAsync(m => m.TrackingNumber == tracking);
    }
}

public sealed class ShipmentTrackingTests_Sqlite(MailSqliteFixture fx) : ShipmentTrackingTests(fx), IClassFixture<MailSqliteFixture>;

public sealed class ShipmentTrackingTests_Postgres(MailPostgresFixture fx) : ShipmentTrackingTests(fx), IClassFixture<MailPostgresFixture>;
