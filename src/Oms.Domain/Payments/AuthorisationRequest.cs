using Oms.Domain.Common;

namespace Oms.Domain.Payments;

/// <param name="IdempotencyKey">The same key for a retry of the same operation, so the provider never charges twice.</param>
/// <param name="PaymentToken">The provider's token for the customer's payment method (never card numbers).</param>
public sealed record AuthorisationRequest(string IdempotencyKey, Guid OrderId, string OrderNumber, Money Amount, string PaymentToken,
    string? CustomerEmail);
