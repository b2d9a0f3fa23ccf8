using System.Security.Cryptography;
using System.Text;
using Oms.Domain.Payments;

namespace Oms.Payments;

/// <summary>
/// The "provider" for tenders settled outside the OMS: cash, card at the POS terminal, cash on delivery, invoice or
/// pay later. The money was (or will be) collected by someone else, so every operation is approved and nothing is
/// called or recorded here; the order's own payment ledger is the record.
/// </summary>
/// <remarks>
/// References are derived from the idempotency key alone, so a retry with the same key returns the same reference
/// without any state. Amounts are the ones requested: this provider cannot know more, and must not invent more.
/// </remarks>
public sealed class OfflinePaymentProvider : IPaymentProvider
{
    public const string ProviderName = "offline";

    public string Name => ProviderName;

    public Task<PaymentResult> AuthoriseAsync(AuthorisationRequest request, CancellationToken ct) =>
        Approved("auth", request.IdempotencyKey, request.Amount.Amount);

    public Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct) =>
        Approved("cap", request.IdempotencyKey, request.Amount.Amount);

    /// <summary>Approved with amount 0: the request does not say how much was open, and nothing is held here.</summary>
    public Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct) =>
        Approved("void", request.IdempotencyKey, 0m);

    public Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct) =>
        Approved("ref", request.IdempotencyKey, request.Amount.Amount);

    private static Task<PaymentResult> Approved(string operation, string idempotencyKey, decimal amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return Task.FromResult(new PaymentResult(PaymentOutcome.Approved, Reference(operation, idempotencyKey), amount));
    }

    /// <summary><c>offline_{operation}_{first 20 hex digits of SHA-256(key)}</c>: stable, short, and not the key itself.</summary>
    private static string Reference(string operation, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        return $"offline_{operation}_{Convert.ToHexStringLower(hash.AsSpan(0, 10))}";
    }
}
