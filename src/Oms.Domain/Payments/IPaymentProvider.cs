namespace Oms.Domain.Payments;

/// <summary>
/// A payment service provider, or the offline "provider" for tenders settled outside the OMS (cash, card at the POS,
/// invoice). Every operation is idempotent on its key, and never throws for a provider's answer: declines, errors and
/// timeouts come back as a <see cref="PaymentResult"/>.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The name orders record, e.g. <c>stripe</c> or <c>offline</c>.</summary>
    string Name { get; }

    Task<PaymentResult> AuthoriseAsync(AuthorisationRequest request, CancellationToken ct);
    Task<PaymentResult> CaptureAsync(CaptureRequest request, CancellationToken ct);
    Task<PaymentResult> VoidAsync(VoidRequest request, CancellationToken ct);
    Task<PaymentResult> RefundAsync(RefundRequest request, CancellationToken ct);
}
