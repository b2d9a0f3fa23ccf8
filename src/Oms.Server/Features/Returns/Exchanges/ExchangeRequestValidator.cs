using FluentValidation;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>The shape of an exchange's replacements, delivery and payment (400); whether they fit the return is 422.</summary>
public sealed class ExchangeRequestValidator : AbstractValidator<ReturnRequest>
{
    public ExchangeRequestValidator()
    {
        RuleFor(r => r.Replacements!.Count).LessThanOrEqualTo(Limits.Lines).When(r => r.Replacements is not null)
            .WithMessage($"An exchange has at most {Limits.Lines} replacements.").OverridePropertyName("replacements");
        RuleForEach(r => r.Replacements).NotNull().WithMessage("A replacement must be an object, not null.").ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("sku is required.").Within(Limits.Code, "sku");
            line.RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
                .InclusiveBetween(1, Limits.Quantity).WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
            line.RuleFor(l => l.UnitPrice).MoneyAmount("unitPrice");
        }).When(r => r.Replacements is not null);
        RuleFor(r => r.ReplacementDelivery!).ChildRules(d =>
        {
            d.RuleFor(x => x.DeliveryMethod).NotNull().WithMessage("deliveryMethod is required.").IsInEnum();
            d.RuleFor(x => x.PickupLocation).Within(Limits.Code, "pickupLocation");
            d.RuleFor(x => x.ShippingAddress!).SetValidator(new AddressValidator()).When(x => x.ShippingAddress is not null);
        }).When(r => r.ReplacementDelivery is not null);
        RuleFor(r => r.Payment!).SetValidator(new PaymentRequestValidator()).When(r => r.Payment is not null);
    }
}
