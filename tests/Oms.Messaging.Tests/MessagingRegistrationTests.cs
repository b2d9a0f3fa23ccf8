using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Oms.Messaging.Bus;
using Oms.Messaging.Mail;
using Oms.Messaging.RabbitMq;

namespace Oms.Messaging.Tests;

public sealed class MessagingRegistrationTests
{
    [Fact]
    public void Without_configuration_bus_and_mail_are_off_with_the_documented_defaults()
    {
        using var services = Build([]);

        var bus = services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;

        Assert.False(bus.IsConfigured);
        Assert.False(smtp.IsConfigured);
        Assert.Equal(("oms.events", "oms.dead-letter", "oms.dead-letter"), (bus.ExchangeName, bus.DeadLetterExchange, bus.DeadLetterQueue));
        Assert.Equal((587, SecureSocketOptions.Auto), (smtp.Port, smtp.SecureSocketOptions));
        Assert.Empty(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
    }

    [Fact]
    public async Task Publishing_with_the_bus_off_is_refused_naming_the_setting()
    {
        await using var services = Build([]);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => services.GetRequiredService<IBusPublisher>().PublishAsync(Events.Of("order.captured"), CancellationToken.None));

        Assert.Contains("Bus:RabbitMq", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_are_read_from_Bus_RabbitMq_and_Notifications_Smtp()
    {
        using var services = Build(new()
        {
            ["Bus:RabbitMq:Host"] = "rabbit.internal",
            ["Bus:RabbitMq:Port"] = "5673",
            ["Bus:RabbitMq:VirtualHost"] = "oms",
            ["Bus:RabbitMq:ExchangeName"] = "shop.events",
            ["Bus:RabbitMq:PublishTimeout"] = "00:00:03",
            ["Notifications:Smtp:Host"] = "smtp.example.com",
            ["Notifications:Smtp:Port"] = "465",
            ["Notifications:Smtp:SecureSocketOptions"] = "SslOnConnect",
            ["Notifications:Smtp:FromAddress"] = "orders@shop.example",
        });

        var bus = services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;

        Assert.True(bus.IsConfigured);
        Assert.Equal(("rabbit.internal", 5673, "oms", "shop.events", TimeSpan.FromSeconds(3)),
            (bus.Host, bus.Port, bus.VirtualHost, bus.ExchangeName, bus.PublishTimeout));
        Assert.True(smtp.IsConfigured);
        Assert.Equal(("smtp.example.com", 465, SecureSocketOptions.SslOnConnect), (smtp.Host, smtp.Port, smtp.SecureSocketOptions));
        Assert.Equal(["rabbitmq"],
            services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name));
    }

    [Fact]
    public void A_mail_host_without_a_from_address_is_refused()
    {
        using var services = Build(new() { ["Notifications:Smtp:Host"] = "smtp.example.com" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmtpOptions>>().Value);
    }

    internal static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddOmsMessaging(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
