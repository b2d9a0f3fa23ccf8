using Oms.Domain.Common;

namespace Oms.Server.Features.Notifications;

/// <summary>The <c>Notifications</c> configuration section (the mail server is <c>Notifications:Smtp</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>A pickup that expires within this many hours gets one reminder.</summary>
    public int PickupReminderHours { get; set; } = 24;

    /// <summary>How often the background sweep looks for pickups to remind of.</summary>
    public int PickupReminderIntervalMinutes { get; set; } = 15;

    /// <summary>IANA zone of the times in mails that are not a store's (order date, shipping date).</summary>
    public string TimeZone { get; set; } = TimeZones.Default;

    /// <summary>Keep a <c>notification.sent</c> entry on the order's timeline for each mail the server accepted.</summary>
    public bool RecordOnTimeline { get; set; } = true;
}
