using Microsoft.Extensions.Logging;
using Oms.Messaging.Bus;
using RabbitMQ.Client;

namespace Oms.Messaging.RabbitMq;

/// <summary>What the RabbitMQ adapter logs: message ids, types and broker codes, never bodies.</summary>
internal static partial class RabbitMqLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Connected to RabbitMQ at {Host}:{Port}")]
    public static partial void Connected(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning,
        Message = "RabbitMQ connection closed by {Initiator}: {ReplyCode} {ReplyText}")]
    public static partial void ConnectionLost(ILogger logger, ShutdownInitiator initiator, ushort replyCode, string replyText);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "RabbitMQ connection recovered")]
    public static partial void Recovered(ILogger logger);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "RabbitMQ connection recovery attempt failed")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning,
        Message = "Publishing {MessageType} {MessageId} failed: {Failure}")]
    public static partial void PublishFailed(ILogger logger, string messageType, string messageId, BusPublishFailure failure,
        Exception? exception);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning,
        Message = "Handler for queue {Queue} failed on {MessageType} {MessageId}; the message is requeued")]
    public static partial void HandlerFailed(ILogger logger, string queue, string? messageType, string? messageId, Exception exception);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information,
        Message = "Settling {MessageId} from queue {Queue} as {Result} failed: the channel closed, so the broker redelivers it")]
    public static partial void SettleFailed(ILogger logger, string? messageId, string queue, ConsumeResult result, Exception exception);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Information,
        Message = "Consuming queue {Queue} with prefetch {Prefetch}")]
    public static partial void Consuming(ILogger logger, string queue, ushort prefetch);
}
