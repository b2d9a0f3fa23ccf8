namespace Oms.Server.Features.Notifications;

/// <summary>What the e-mail notifications log: order ids, event ids and notification names, never addresses or bodies.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Debug, Message = "No {Notification} mail for order {OrderId}: {Reason}")]
    public static partial void Skipped(ILogger logger, string notification, Guid orderId, string reason);

    [LoggerMessage(EventId = 5305, Level = LogLevel.Debug, Message = "No {Notification} mail for order {OrderId}: switched off by {Key}")]
    public static partial void SwitchedOff(ILogger logger, string notification, Guid orderId, string key);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information,
        Message = "{Notification} mail for order {OrderId} sent (event {EventId})")]
    public static partial void Sent(ILogger logger, string notification, Guid orderId, Guid eventId);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning,
        Message = "{Notification} mail for order {OrderId} was sent but not recorded on its timeline")]
    public static partial void NotRecorded(ILogger logger, Exception exception, string notification, Guid orderId);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Warning,
        Message = "{Notification} mail for order {OrderId} cannot be rendered: {Error}")]
    public static partial void Unrenderable(ILogger logger, string notification, Guid orderId, string error);
}
