using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Oms.Messaging.Bus;
using Oms.Messaging.Mail;
using Oms.Messaging.RabbitMq;

namespace Oms.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RabbitMqOptions"/> from <c>Bus:RabbitMq</c> and <see cref="SmtpOptions"/> from
    /// <c>Notifications:Smtp</c>, and registers as singletons the shared <see cref="RabbitMqConnectionSource"/>,
    /// <see cref="BusTopology"/>, <see cref="IBusPublisher"/> (<see cref="RabbitMqPublisher"/>) and
    /// <see cref="IMailSender"/> (<see cref="SmtpMailSender"/>). Nothing connects at registration. An unconfigured bus or
    /// mail server does not stop the host: check <c>IsConfigured</c> on the options; using them anyway throws
    /// <see cref="InvalidOperationException"/>. The <c>rabbitmq</c> health check is added when the bus is configured.
    /// </summary>
    public static IServiceCollection AddOmsMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<RabbitMqOptions>()
            .Bind(configuration.GetSection(RabbitMqOptions.SectionName))
            .Validate(o => o.Uri is null || o.Uri.Scheme is "amqp" or "amqps", "Bus:RabbitMq:Uri must be an amqp:// or amqps:// URI.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ExchangeName), "Bus:RabbitMq:ExchangeName cannot be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DeadLetterExchange), "Bus:RabbitMq:DeadLetterExchange cannot be empty.")
            .Validate(o => o.PublishTimeout > TimeSpan.Zero, "Bus:RabbitMq:PublishTimeout must be positive.")
            .Validate(o => o.RecoveryInterval > TimeSpan.Zero, "Bus:RabbitMq:RecoveryInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.SectionName))
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.FromAddress),
                "Notifications:Smtp:FromAddress is required when a Host is set.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Notifications:Smtp:Timeout must be positive.")
            .ValidateOnStart();

        services.AddSingleton<RabbitMqConnectionSource>();
        services.AddSingleton<BusTopology>();
        services.AddSingleton<RabbitMqPublisher>();
        services.AddSingleton<IBusPublisher>(sp => sp.GetRequiredService<RabbitMqPublisher>());
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<SmtpMailSender>());

        var bus = new RabbitMqOptions();
        configuration.GetSection(RabbitMqOptions.SectionName).Bind(bus);
        if (bus.IsConfigured)
            services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq");
        return services;
    }
}
