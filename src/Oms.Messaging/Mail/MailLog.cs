using Microsoft.Extensions.Logging;

namespace Oms.Messaging.Mail;

/// <summary>What the SMTP sender logs: message ids and reply codes, never addresses or bodies.</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Mail {MessageId} accepted by the mail server")]
    public static partial void Sent(ILogger logger, string messageId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning,
        Message = "Mail {MessageId} refused by the mail server with {StatusCode} (permanent: {Permanent})")]
    public static partial void Refused(ILogger logger, string messageId, int statusCode, bool permanent);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Mail {MessageId} not sent; will be retried")]
    public static partial void Failed(ILogger logger, string messageId, Exception exception);
}
