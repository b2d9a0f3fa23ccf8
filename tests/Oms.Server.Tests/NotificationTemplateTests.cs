using System.Net;
using Oms.Server.Core.Configuration;
using Oms.Server.Features.Notifications;
using Oms.Server.Tests.Infrastructure;
using static Oms.Server.Tests.Infrastructure.Orders;

namespace Oms.Server.Tests;

/// <summary>
/// E-mail templates as runtime configuration, seen in the mails that go out: a channel's own template, a channel switched
/// off, a syntax error refused at save, a rollback. Each test uses a channel no other test of the class mails through.
/// </summary>
public abstract class NotificationTemplateTests(MailFixture fx)
{
    private OmsClient Api => fx.Api;

    [Fact]
    public async Task A_channel_template_is_used_for_that_channel_only()
    {
        var saved = await SaveAsync("app", "orderConfirmed", new SaveNotificationTemplateRequest(
            "App order {{ order.number }} for {{ customer.first_name }}",
            "Thanks from the app:{% for line in order.lines %} {{ line.quantity }}x{{ line.sku }}{% endfor %}", null, null, "app voice", null));
        Assert.Equal((1, true, "admin:eva"), (saved.Version, saved.Active, saved.CreatedBy));
        var appTo = MailFixture.NewAddress("app");
        var webTo = MailFixture.NewAddress("web");
        await Api.StockOnlyAtAsync("SKU-0009", ("DC-CENTRAL", 10));

        var app = await Api.CaptureAsync(Online(NewId("APP"), appTo, Ship("SKU-0009", 2)) with { Channel = "app" });
        var web = await Api.CaptureAsync(Online(NewId("WEB"), webTo, Ship("SKU-0009")));
        await fx.SettleAsync();

        var appMail = Assert.Single(fx.MailsTo(appTo)).Message;
        Assert.Equal($"App order {app.Number} for Anna", appMail.Subject);
        Assert.Equal("Thanks from the app: 2xSKU-0009", appMail.TextBody?.TrimEnd());
        Assert.Null(appMail.HtmlBody);
        Assert.Equal($"Order {web.Number} confirmed", Assert.Single(fx.MailsTo(webTo)).Message.Subject);
    }

    [Fact]
    public async Task A_template_with_a_syntax_error_is_refused_at_save_with_its_line_and_column()
    {
        var response = await Api.SendAsync(HttpMethod.Put, "/api/configuration/notification-templates/*/shipped",
            new SaveNotificationTemplateRequest("Shipped {{ order.number }}", "Hello,\nyour parcel: {{ shipment.tracking_url | }}",
                null, null, null, null), "admin:eva");

        var problem = await OmsClient.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors").GetProperty("text")[0].GetString();
        Assert.Equal("Liquid syntax error at line 2, column 40: An identifier was expected after the '|' sign.", error);
        var misspelt = await Api.SendAsync(HttpMethod.Put, "/api/configuration/notification-templates/*/shipped",
            new SaveNotificationTemplateRequest("Shipped {{ order.numbr }}", "Hello", null, null, null, null), "admin:eva");
        var unknown = await OmsClient.ProblemAsync(misspelt, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("numbr", unknown.GetProperty("errors").GetProperty("subject")[0].GetString(), StringComparison.Ordinal);
        var versions = await Api.ExpectAsync<List<ConfigurationVersionResponse>>(
            await Api.Http.GetAsync("/api/configuration/notification-templates/*/shipped/versions"), HttpStatusCode.OK);
        Assert.Empty(versions);
    }

    [Fact]
    public async Task A_channel_can_switch_its_mails_off()
    {
        await SaveAsync("marketplace", "*", new SaveNotificationTemplateRequest(null, null, null, false, "the marketplace mails its buyers", null));
        var to = MailFixture.NewAddress("market");
        await Api.StockOnlyAtAsync("SKU-0013", ("DC-CENTRAL", 10));

        await Api.CaptureAsync(Online(NewId("MKT"), to, Ship("SKU-0013")) with { Channel = "marketplace" });
        await fx.SettleAsync();

        Assert.Empty(fx.MailsTo(to));
        var inForce = await Api.ExpectAsync<ConfigurationVersionResponse>(
            await Api.Http.GetAsync("/api/configuration/notification-templates/marketplace/shipped"), HttpStatusCode.OK);
        Assert.Equal(("marketplace:*", false), (inForce.Key, inForce.Document.GetProperty("enabled").GetBoolean()));
    }

    [Fact]
    public async Task An_earlier_template_version_can_be_activated_again_and_is_used_and_previewed()
    {
        var v1 = await SaveAsync("callcenter", "orderConfirmed", new("V1 {{ order.number }}", "Version one", null, null, "first", null));
        await SaveAsync("callcenter", "orderConfirmed", new("V2 {{ order.number }}", "Version two", null, null, "second", null));

        var rolledBack = await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.PostAsync(
                $"/api/configuration/notification-templates/callcenter/orderConfirmed/versions/{v1.Version}/activate", null, "admin:rik"),
            HttpStatusCode.OK);
        var to = MailFixture.NewAddress("rollback");
        await Api.StockOnlyAtAsync("SKU-0014", ("DC-CENTRAL", 10));
        var order = await Api.CaptureAsync(Online(NewId("CC"), to, Ship("SKU-0014")) with { Channel = "callcenter" });
        await fx.SettleAsync();

        Assert.Equal((1, true, "admin:rik"), (rolledBack.Version, rolledBack.Active, rolledBack.ActivatedBy));
        var versions = await Api.ExpectAsync<List<ConfigurationVersionResponse>>(
            await Api.Http.GetAsync("/api/configuration/notification-templates/callcenter/orderConfirmed/versions"), HttpStatusCode.OK);
        Assert.Equal([(2, false), (1, true)], versions.Select(v => (v.Version, v.Active)));
        Assert.Equal($"V1 {order.Number}", Assert.Single(fx.MailsTo(to)).Message.Subject);
        var preview = await Api.ExpectAsync<NotificationPreviewResponse>(await Api.Http.GetAsync(
            $"/api/configuration/notification-templates/callcenter/orderConfirmed/preview?order={order.Number}&version=2"), HttpStatusCode.OK);
        Assert.Equal(($"V2 {order.Number}", "Version two", to), (preview.Subject, preview.Text, preview.To));
    }

    private async Task<ConfigurationVersionResponse> SaveAsync(string channel, string notification, SaveNotificationTemplateRequest body)
        => await Api.ExpectAsync<ConfigurationVersionResponse>(await Api.SendAsync(HttpMethod.Put,
            $"/api/configuration/notification-templates/{channel}/{notification}", body, "admin:eva"), HttpStatusCode.OK);
}

public sealed class NotificationTemplateTests_Sqlite(MailSqliteFixture fx) : NotificationTemplateTests(fx), IClassFixture<MailSqliteFixture>;

public sealed class NotificationTemplateTests_Postgres(MailPostgresFixture fx) : NotificationTemplateTests(fx), IClassFixture<MailPostgresFixture>;
