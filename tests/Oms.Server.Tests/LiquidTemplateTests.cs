using Oms.Domain.Common;
using Oms.Server.Features.Notifications;
using Oms.Server.Features.Notifications.Model;

namespace Oms.Server.Tests;

/// <summary>The Liquid side of notifications, without a database: the built-in templates, errors with positions, escaping.</summary>
public sealed class LiquidTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task Every_built_in_template_passes_the_checks_a_saved_one_must_pass()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
            await TemplateValidation.CheckAsync(DefaultTemplates.For(kind), kind, Now);
    }

    [Fact]
    public async Task The_built_in_ready_for_pickup_mail_prints_the_deadline_in_the_stores_local_time()
    {
        var mail = await NotificationRenderer.RenderAsync(DefaultTemplates.For(NotificationKind.ReadyForPickup),
            SampleModel.For(NotificationKind.ReadyForPickup, Now), Amsterdam, Now);

        Assert.Equal("Your order OMS-SAMPLE0001 is ready for pickup at Store Utrecht", mail.Subject);
        Assert.Contains("Please collect it by Sunday 8 November 2026, 09:00.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Saturday: 10:00-12:30, 13:00-17:00", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{ customer.name }", "line 1, column 23: End of tag '}}' was expected.")]
    [InlineData("a\nb\n{% if order.total > 10 %}big", "line 3, column 29: '{% endif %}' was expected.")]
    [InlineData("{% for line in %}{% endfor %}", "line 1, column 7: Invalid 'for' tag.")]
    public void A_syntax_error_is_reported_with_its_line_and_column(string source, string expected)
    {
        Assert.False(LiquidTemplates.TryParse(source, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public async Task A_misspelt_variable_or_filter_is_refused_by_name_when_the_template_is_saved()
    {
        var misspelt = new NotificationTemplate(true, "{{ order.numbr }}", "{{ order.total | monye }}", null);

        var e = await Assert.ThrowsAsync<BusinessRuleException>(() => TemplateValidation.CheckAsync(misspelt, NotificationKind.Shipped, Now));

        Assert.Contains("numbr", e.Errors["subject"][0], StringComparison.Ordinal);
        Assert.Contains("monye", e.Errors["text"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_are_escaped_in_the_html_body_but_not_in_the_text_and_the_subject_is_one_line()
    {
        var model = SampleModel.For(NotificationKind.OrderConfirmed, Now) with
        {
            Customer = new CustomerModel("<b>Anna</b> & co", "<b>Anna</b>", "anna@example.com"),
        };
        var template = new NotificationTemplate(true, "Hi\n  {{ customer.name }}", "{{ customer.name }}", "<p>{{ customer.name }}</p>");

        var mail = await NotificationRenderer.RenderAsync(template, model, Amsterdam, Now);

        Assert.Equal("Hi <b>Anna</b> & co", mail.Subject);
        Assert.Equal("<b>Anna</b> & co", mail.Text);
        Assert.Equal("<p>&lt;b&gt;Anna&lt;/b&gt; &amp; co</p>", mail.Html);
    }

    [Fact]
    public async Task Money_filters_print_two_decimals_and_the_orders_currency()
    {
        var template = new NotificationTemplate(true, "s", "{{ order.total | money }} / {{ order.shipping | money_with_currency }}", null);

        var mail = await NotificationRenderer.RenderAsync(template, SampleModel.For(NotificationKind.OrderConfirmed, Now), Amsterdam, Now);

        Assert.Equal("117.54 / 4.95 EUR", mail.Text);
    }
}
