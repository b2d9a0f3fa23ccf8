using Microsoft.Extensions.Logging;

namespace Oms.Payments.Stripe;

/// <summary>What the Stripe adapter logs: ids and codes only, never tokens, card data or bodies.</summary>
internal static partial class StripeLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Stripe {Operation} approved: {Reference} (idempotency key {IdempotencyKey})")]
    public static partial void Approved(this ILogger logger, string operation, string? reference, string idempotencyKey);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Stripe {Operation} declined with {DeclineCode} (idempotency key {IdempotencyKey}, request {RequestId})")]
    public static partial void Declined(this ILogger logger, string operation, string? declineCode, string idempotencyKey,
        string? requestId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Stripe {Operation} failed with HTTP {Status} {ErrorType} (idempotency key {IdempotencyKey}, request {RequestId})")]
    public static partial void Failed(this ILogger logger, string operation, int status, string? errorType, string idempotencyKey,
        string? requestId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "Stripe {Operation} could not reach Stripe (idempotency key {IdempotencyKey})")]
    public static partial void Unreachable(this ILogger logger, string operation, string idempotencyKey, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning,
        Message = "Stripe {Operation} timed out; outcome unknown until retried (idempotency key {IdempotencyKey})")]
    public static partial void TimedOut(this ILogger logger, string operation, string idempotencyKey);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error,
        Message = "Stripe {Operation} not sent: Payments:Stripe:ApiKey is not configured (idempotency key {IdempotencyKey})")]
    public static partial void NotConfigured(this ILogger logger, string operation, string idempotencyKey);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning,
        Message = "Stripe {Operation} answered {Status} for {Reference} (idempotency key {IdempotencyKey})")]
    public static partial void UnexpectedStatus(this ILogger logger, string operation, string? status, string? reference,
        string idempotencyKey);
}
