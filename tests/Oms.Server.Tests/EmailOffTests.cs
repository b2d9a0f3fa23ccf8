using System.Net;
using Oms.Server.Features.Notifications;
using Oms.Server.Features.Outbox;
using Oms.Server.Tests.Infrastructure;
using Oms.Server.Web;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>Without a mail server (the laptop default) nothing waits for one, and templates can still be written and previewed.</summary>
public abstract class EmailOffTests(OmsFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task Without_a_mail_server_no_email_delivery_is_written_and_no_reminder_is_due()
    {
        await Api.StockOnlyAtAsync("SKU-0015", ("STORE-GRN", 5));
        var order = await Api.CaptureAsync(Online(Pickup("SKU-0015", "STORE-GRN")));
        var fo = order.FulfilmentOrders.Single().Id;
        await Api.FulfilAsync(fo, "release");
        await Api.FulfilAsync(fo, "ready-for-pickup", actor: "store:STORE-GRN");
        fx.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromHours(12));

        var reminders = await Api.ExpectAsync<PickupReminderRunResponse>(
            await Api.PostAsync("/api/notifications/pickup-reminders/send-due"), HttpStatusCode.OK);

        Assert.Equal(0, reminders.Reminders);
        foreach (var status in new[] { "pending", "delivered", "deadLettered" })
        {
            var page = await Api.ExpectAsync<CursorPage<OutboxDeliveryResponse>>(
                await Api.Http.GetAsync($"/api/outbox/deliveries?status={status}&handler=email"), HttpStatusCode.OK);
            Assert.Empty(page.Items);
        }
    }

    [Fact]
    public async Task A_template_is_previewed_against_an_order_without_a_mail_server()
    {
        await Api.StockOnlyAtAsync("SKU-0016", ("DC-CENTRAL", 5));
        var order = await Api.CaptureAsync(Online(Ship("SKU-0016", 2, 19.95m)));

        var preview = await Api.ExpectAsync<NotificationPreviewResponse>(await Api.Http.GetAsync(
            $"/api/configuration/notification-templates/web/orderConfirmed/preview?order={order.Number}"), HttpStatusCode.OK);
        var sample = await Api.ExpectAsync<NotificationPreviewResponse>(await Api.Http.GetAsync(
            "/api/configuration/notification-templates/*/readyForPickup/preview"), HttpStatusCode.OK);
        var missing = await Api.Http.GetAsync("/api/configuration/notification-templates/web/orderConfirmed/preview?order=OMS-NOSUCHORDER");

        Assert.Equal(("*:orderConfirmed", 0, $"Order {order.Number} confirmed"), (preview.TemplateKey, preview.Version, preview.Subject));
        Assert.Contains("2 x Fleece blue (SKU-0016): 39.90 EUR", preview.Text, StringComparison.Ordinal);
        Assert.Equal("Your order OMS-SAMPLE0001 is ready for pickup at Store Utrecht", sample.Subject);
        await OmsClient.ProblemAsync(missing, HttpStatusCode.NotFound);
    }
}

public sealed class EmailOffTests_Sqlite(SqliteFixture fx) : EmailOffTests(fx), IClassFixture<SqliteFixture>;

public sealed class EmailOffTests_Postgres(PostgresFixture fx) : EmailOffTests(fx), IClassFixture<PostgresFixture>;
