using Oms.Domain.Payments;

namespace Oms.Server.Core.Contracts;

public sealed record PaymentTransactionResponse(Guid Id, PaymentOperation Kind, decimal Amount, PaymentTransactionStatus Status,
    PaymentOutcome? Outcome, string? ProviderReference, string IdempotencyKey, int Attempts, DateTime RequestedAt, DateTime? CompletedAt,
    string? Message);
