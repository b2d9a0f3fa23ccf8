using FluentValidation;

namespace Oms.Server.Core.Contracts;

public sealed class PaymentRequestValidator : AbstractValidator<PaymentRequest>
{
    public PaymentRequestValidator()
    {
        RuleFor(p => p.Method).NotNull().WithMessage("method is required (card, giftCard, storeCredit, cash, posCard, invoice).")
            .IsInEnum();
        RuleFor(p => p.Provider).Within(Limits.Code, "provider");
        RuleFor(p => p.Token).Within(Limits.Text, "token");
        RuleFor(p => p.Amount).GreaterThan(0).When(p => p.Amount is not null).WithMessage("amount must be greater than zero.")
            .MoneyAmount("amount");
    }
}
