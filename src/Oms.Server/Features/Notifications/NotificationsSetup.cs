using Oms.Server.Core;

namespace Oms.Server.Features.Notifications;

public static class NotificationsSetup
{
    /// <summary>
    /// The e-mail handler of the outbox and the pickup reminder sweep, with <see cref="NotificationOptions"/>. The mail
    /// server itself (<c>Notifications:Smtp</c>) comes with <c>AddOmsMessaging</c>; without one both stay idle.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(config.GetSection(NotificationOptions.SectionName))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Notifications:TimeZone must be an IANA time zone id.")
            .Validate(o => o.PickupReminderHours >= 0, "Notifications:PickupReminderHours cannot be negative.")
            .ValidateOnStart();
        services.AddOutboxHandler<EmailNotifications>();
        services.AddPeriodicJob<PickupReminders>();
        return services;
    }
}
