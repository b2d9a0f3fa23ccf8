namespace Oms.Server.Core.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
        Message = "Handling inbound message {MessageId} ({MessageType} from {Source}) failed; it stays received and is tried again")]
    public static partial void HandlingFailed(ILogger logger, Exception exception, Guid messageId, string source, string messageType);
}
