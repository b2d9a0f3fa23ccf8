using System.Globalization;
using System.Net;
using Oms.Domain.Orders;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Notifications;
using Oms.Server.Features.Outbox;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using Oms.TestSupport.Smtp;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// E-mails to customers over a real SMTP server: what each notification says, and what happens when the mail server
/// refuses. Each test mails its own address, so tests sharing the OMS do not see each other's mail.
/// </summary>
public abstract class EmailNotificationTests(MailFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task The_order_confirmation_arrives_with_the_order_number_and_lines_and_is_kept_on_the_timeline()
    {
        var to = MailFixture.NewAddress("confirm");
        await Api.StockOnlyAtAsync("SKU-0001", ("DC-CENTRAL", 10));
        await Api.StockOnlyAtAsync("SKU-0002", ("DC-CENTRAL", 10));

        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0001", 2, 29.95m), Ship("SKU-0002", 1, 39.95m)));
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to)).Message;
        Assert.Equal($"Order {order.Number} confirmed", mail.Subject);
        Assert.Equal(MailFixture.From, mail.From.Mailboxes.Single().Address);
        Assert.Contains("Hello Anna,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("2 x Trail shoe black (SKU-0001): 59.90 EUR", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("1 x Rain jacket black (SKU-0002): 39.95 EUR", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Total: {order.Totals.Total.ToString("0.00", CultureInfo.InvariantCulture)} EUR", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<strong>{order.Number}</strong>", mail.HtmlBody, StringComparison.Ordinal);
        var timeline = (await Api.GetOrderAsync(order.Number)).Timeline;
        var sent = Assert.Single(timeline, t => t.Type == "notification.sent");
        Assert.Equal($"E-mail orderConfirmed sent to {to}.", sent.Message);
    }

    [Fact]
    public async Task The_shipped_mail_names_the_carrier_and_links_to_its_tracking_page()
    {
        var to = MailFixture.NewAddress("shipped");
        await Api.ExpectAsync<object>(await Api.SendAsync(HttpMethod.Put, "/api/carriers/postnl", new
        {
            name = "PostNL", trackingUrlTemplate = "https://track.example/nl/{trackingNumber}",
        }, "admin:eva"), HttpStatusCode.Created);
        await Api.StockOnlyAtAsync("SKU-0003", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0003")));
        var fo = order.FulfilmentOrders.Single().Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "pick");
        await Api.FulfilAsync(fo, "pack");

        await Api.ShipAsync(fo, "PostNL", "3SMAIL01");
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} is on its way").Message;
        Assert.Contains("has left with PostNL, tracking number 3SMAIL01.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Follow your parcel: https://track.example/nl/3SMAIL01", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://track.example/nl/3SMAIL01\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("1 x Merino shirt black (SKU-0003)", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipment_with_a_carrier_the_OMS_does_not_know_is_mailed_without_a_link()
    {
        var to = MailFixture.NewAddress("nolink");
        await Api.StockOnlyAtAsync("SKU-0004", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0004")));
        var fo = order.FulfilmentOrders.Single().Id;
        await Api.FulfilAsync(fo, "release");

        await Api.ShipAsync(fo, "Bike courier", "BC-77");
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to), m => (m.Message.Subject ?? "").Contains("on its way", StringComparison.Ordinal)).Message;
        Assert.Contains("has left with Bike courier, tracking number BC-77.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow your parcel", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ready_for_pickup_mail_gives_the_store_its_hours_and_the_last_day_once_per_pickup()
    {
        var to = MailFixture.NewAddress("ready");
        await DescribeUtrechtStoreAsync();
        await Api.StockOnlyAtAsync("SKU-0005", ("STORE-UTR", 5));
        await Api.StockOnlyAtAsync("SKU-0006", ("STORE-UTR", 5));
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Pickup("SKU-0005", "STORE-UTR"), Pickup("SKU-0006", "STORE-UTR")));
        var fo = order.FulfilmentOrders.Single().Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "pick", actor: "store:STORE-UTR");

        order = await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-UTR");
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to), m => (m.Message.Subject ?? "").Contains("ready for pickup", StringComparison.Ordinal)).Message;
        Assert.Equal($"Your order {order.Number} is ready for pickup at Store Utrecht", mail.Subject);
        Assert.Contains("Oudegracht 1, Ground floor\n3511 AA Utrecht", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Monday: 09:00-18:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Saturday: 10:00-12:30, 13:00-17:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sunday: closed", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Please collect it by {LocalExpiry(order)}.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("1 x Fleece black (SKU-0006)", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pickup_reminder_is_sent_once_when_the_pickup_is_about_to_expire()
    {
        var to = MailFixture.NewAddress("remind");
        await Api.StockOnlyAtAsync("SKU-0007", ("STORE-RTM", 5));
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Pickup("SKU-0007", "STORE-RTM")));
        var fo = order.FulfilmentOrders.Single().Id;
        await Api.FulfilAsync(fo, "release");
        order = await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-RTM");
        var early = await SendDueRemindersAsync();
        Assert.DoesNotContain(order.Number, early.Orders);

        fx.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromHours(1));
        var due = await SendDueRemindersAsync();
        var again = await SendDueRemindersAsync();
        await fx.SettleAsync();

        Assert.Contains(order.Number, due.Orders);
        Assert.DoesNotContain(order.Number, again.Orders);
        var reminder = Assert.Single(fx.MailsTo(to), m => (m.Message.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal)).Message;
        Assert.Equal($"Reminder: your order {order.Number} is waiting at Store Rotterdam", reminder.Subject);
        Assert.Contains($"Please collect it by {LocalExpiry(order)};", reminder.TextBody, StringComparison.Ordinal);
        Assert.Single((await Api.GetOrderAsync(order.Number)).Timeline, t => t.Type == "notification.pickup-reminder");
    }

    [Fact]
    public async Task The_cancellation_mail_gives_the_reason_and_the_cancelled_lines()
    {
        var to = MailFixture.NewAddress("cancel");
        await Api.StockOnlyAtAsync("SKU-0008", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0008", 3)));

        await Api.CancelAsync(order.Number, "Customer called");
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to), m => m.Message.Subject == $"Your order {order.Number} has been cancelled").Message;
        Assert.Contains("has been cancelled: Customer called.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("3 x Softshell pant black (SKU-0008)", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_the_mail_server_may_reconsider_is_retried_with_the_same_message_id_and_then_delivered()
    {
        var to = MailFixture.NewAddress("retry");
        await Api.StockOnlyAtAsync("SKU-0010", ("DC-CENTRAL", 10));
        var refusedBefore = fx.Smtp.RefusedCount;
        fx.Smtp.RefuseNext(1, 451);

        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0010")));
        await fx.SettleAsync();

        Assert.Equal(refusedBefore + 1, fx.Smtp.RefusedCount);
        Assert.Empty(fx.MailsTo(to));
        var pending = Assert.Single(await DeliveriesAsync("pending", order.Number));
        Assert.Equal(1, pending.Attempts);
        Assert.Contains("451", pending.LastError, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Allocated, (await Api.GetOrderAsync(order.Number)).Status);

        fx.Clock.Advance(TimeSpan.FromMinutes(1));
        await fx.SettleAsync();

        var mail = Assert.Single(fx.MailsTo(to)).Message;
        var delivered = Assert.Single(await DeliveriesAsync("delivered", order.Number), d => d.EventType == "order.captured");
        Assert.Equal(2, delivered.Attempts);
        Assert.Equal($"{EmailNotifications.MessageId(delivered.EventId)}@example.com", mail.MessageId);
    }

    [Fact]
    public async Task A_permanent_refusal_dead_letters_the_mail_with_the_reason_and_the_order_goes_on()
    {
        var to = MailFixture.NewAddress("refused");
        await Api.StockOnlyAtAsync("SKU-0011", ("DC-CENTRAL", 10));
        fx.Smtp.RefuseNext(1, 550);

        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0011")));
        await fx.SettleAsync();

        var dead = Assert.Single(await DeliveriesAsync("deadLettered", order.Number));
        Assert.Equal((1, "order.captured"), (dead.Attempts, dead.EventType));
        Assert.Contains("550", dead.LastError, StringComparison.Ordinal);
        Assert.Empty(fx.MailsTo(to));
        var fo = order.FulfilmentOrders.Single().Id;
        Assert.Equal(OrderStatus.Released, (await Api.FulfilAsync(fo, "release")).Status);
    }

    [Fact]
    public async Task A_dead_letter_redriven_by_a_person_is_delivered_and_cannot_be_redriven_twice()
    {
        var to = MailFixture.NewAddress("redriven");
        await Api.StockOnlyAtAsync("SKU-0013", ("DC-CENTRAL", 10));
        fx.Smtp.RefuseNext(1, 550);
        var order = await Api.CaptureAsync(Online(NewId("WEB"), to, Ship("SKU-0013")));
        await fx.SettleAsync();
        var dead = Assert.Single(await DeliveriesAsync("deadLettered", order.Number));

        var redriven = await Api.ExpectAsync<OutboxDeliveryResponse>(
            await Api.PostAsync($"/api/outbox/deliveries/{dead.Id}/redrive", actor: "ops:kim"), HttpStatusCode.OK);
        Assert.Equal((DeliveryStatus.Pending, 0, "redriven by ops:kim"), (redriven.Status, redriven.Attempts, redriven.LastError));
        await fx.SettleAsync();

        Assert.Single(fx.MailsTo(to));
        Assert.Equal(dead.Id, Assert.Single(await DeliveriesAsync("delivered", order.Number)).Id);
        Assert.Empty(await DeliveriesAsync("deadLettered", order.Number));
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/outbox/deliveries/{dead.Id}/redrive"), HttpStatusCode.Conflict);
        await OmsClient.ProblemAsync(await Api.PostAsync($"/api/outbox/deliveries/{Guid.NewGuid()}/redrive"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_anonymous_till_sale_sends_no_mail()
    {
        await Api.StockOnlyAtAsync("SKU-0012", ("STORE-AMS", 5));
        await fx.SettleAsync();
        var before = fx.Smtp.Messages.Count;

        var sale = await Api.CaptureAsync(Pos("STORE-AMS", CarryOut("SKU-0012")) with { Customer = null, ShippingAddress = null });
        await fx.SettleAsync();

        Assert.Equal(before, fx.Smtp.Messages.Count);
        Assert.Equal("order.captured", Assert.Single(await DeliveriesAsync("delivered", sale.Number)).EventType);
        Assert.DoesNotContain((await Api.GetOrderAsync(sale.Number)).Timeline, t => t.Type == "notification.sent");
    }

    private async Task<List<OutboxDeliveryResponse>> DeliveriesAsync(string status, string orderNumber)
        => [.. (await Api.ExpectAsync<CursorPage<OutboxDeliveryResponse>>(
                await Api.Http.GetAsync($"/api/outbox/deliveries?status={status}&handler=email&limit=200"), HttpStatusCode.OK))
            .Items.Where(d => d.SubjectKey == orderNumber)];

    private async Task<PickupReminderRunResponse> SendDueRemindersAsync()
        => await Api.ExpectAsync<PickupReminderRunResponse>(await Api.PostAsync("/api/notifications/pickup-reminders/send-due"), HttpStatusCode.OK);

    private async Task DescribeUtrechtStoreAsync()
    {
        var week = new { opens = "09:00", closes = "18:00" };
        await Api.ExpectAsync<object>(await Api.SendAsync(HttpMethod.Put, "/api/locations/STORE-UTR", new
        {
            name = "Store Utrecht", type = "store", sizeClass = "m", latitude = 52.0907, longitude = 5.1214,
            capabilities = new[] { "ship", "pickup", "returns", "carryOut" }, timeZone = "Europe/Amsterdam",
            address = new
            {
                name = "Store Utrecht", line1 = "Oudegracht 1", line2 = "Ground floor", postalCode = "3511 AA", city = "Utrecht", country = "NL",
            },
            openingHours = new
            {
                monday = new[] { week }, tuesday = new[] { week }, wednesday = new[] { week }, thursday = new[] { week }, friday = new[] { week },
                saturday = new[] { new { opens = "10:00", closes = "12:30" }, new { opens = "13:00", closes = "17:00" } },
            },
        }, "admin:eva"), HttpStatusCode.OK);
    }

    /// <summary>The collection deadline as the mails print it, in the store's time zone.</summary>
    private static string LocalExpiry(OrderResponse order)
    {
        var utc = DateTime.SpecifyKind(order.Lines.Min(l => l.PickupExpiresAt)!.Value, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        return local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }
}

public sealed class EmailNotificationTests_Sqlite(MailSqliteFixture fx) : EmailNotificationTests(fx), IClassFixture<MailSqliteFixture>;

public sealed class EmailNotificationTests_Postgres(MailPostgresFixture fx) : EmailNotificationTests(fx), IClassFixture<MailPostgresFixture>;
