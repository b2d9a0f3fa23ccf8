using FluentValidation;
using Oms.Domain.Payments;

namespace Oms.Server.Features.Payments;

/// <summary>
/// A payment instrument as a channel sends it: the method, the provider that handles it (<c>stripe</c>, <c>offline</c>, <c>sandbox</c>),
/// the provider's token for it (never a card number) and, with several instruments, the amount each pays.
/// </summary>
public sealed record PaymentRequest(PaymentMethod? Method, string? Provider, string? Token, decimal? Amount = null);

public sealed class PaymentRequestValidator : AbstractValidator<PaymentRequest>
{
    public PaymentRequestValidator()
    {
        RuleFor(p => p.Method).NotNull().WithMessage("method is required (card, giftCard, storeCredit, cash, posCard, invoice).");
        RuleFor(p => p.Provider).NotEmpty().WithMessage("provider is required (stripe, offline or sandbox).");
        RuleFor(p => p.Token).NotEmpty().WithMessage("token is required: the provider's reference for the payment method.")
            .MaximumLength(200);
        RuleFor(p => p.Amount).GreaterThan(0).When(p => p.Amount is not null).WithMessage("amount must be greater than zero.");
    }
}
