using FluentValidation;
using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

/// <summary>Shape and bounds checks that answer before anything is read; reference checks (does the SKU exist?) follow in the handler.</summary>
public sealed class CaptureOrderValidator : AbstractValidator<CaptureOrderRequest>
{
    public CaptureOrderValidator()
    {
        RuleFor(r => r.Channel).NotEmpty().WithMessage("channel is required.").Within(Limits.Code, "channel");
        RuleFor(r => r.ChannelOrderId).NotEmpty().WithMessage("channelOrderId is required: it makes capture idempotent.")
            .Within(100, "channelOrderId");
        RuleFor(r => r.Type).IsInEnum().WithMessage("type is not an order type.");
        RuleFor(r => r.Currency).Must(CurrencyRules.IsCode).When(r => r.Currency is not null)
            .WithMessage("currency must be a three-letter ISO 4217 code.");
        RuleFor(r => r.Customer!).SetValidator(new CustomerValidator()).When(r => r.Customer is not null);
        RuleFor(r => r.ShippingAddress!).SetValidator(new AddressValidator()).When(r => r.ShippingAddress is not null);
        RuleFor(r => r.BillingAddress!).SetValidator(new AddressValidator()).When(r => r.BillingAddress is not null);
        RuleFor(r => r.SellingLocation).Within(Limits.Code, "sellingLocation");
        RuleFor(r => r.ShippingCharge).MoneyAmount("shippingCharge");
        RuleFor(r => r.Lines).NotEmpty().WithMessage("An order needs at least one line.")
            .Must(ls => ls!.Count <= Limits.Lines).When(r => r.Lines is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage($"An order has at most {Limits.Lines} lines.");
        RuleForEach(r => r.Lines).NotNull().WithMessage("A line must be an object, not null.").SetValidator(new OrderLineValidator()!);
        RuleForEach(r => r.Lines).Where(l => l?.DeliveryMethod == DeliveryMethod.ShipToAddress)
            .Must((r, l) => l!.ShippingAddress is not null || r.ShippingAddress is not null)
            .When(r => r.Lines is not null)
            .WithMessage("A line shipped to an address needs a shippingAddress, on the line or on the order.");
        RuleForEach(r => r.Lines).Where(l => l is not null).Must((r, l) => l!.Currency is null || r.Currency is null
                || string.Equals(l.Currency.Trim(), r.Currency.Trim(), StringComparison.OrdinalIgnoreCase))
            .When(r => r.Lines is not null)
            .WithMessage((r, l) => $"Line currency {l!.Currency} differs from the order currency {r.Currency}: an order has one currency.");
        RuleFor(r => r.Lines).Must(ls => ls!.Select(l => l?.Currency?.Trim().ToUpperInvariant()).Where(c => c is not null).Distinct().Count() <= 1)
            .When(r => r.Lines is { Count: > 0 } && r.Currency is null)
            .WithMessage("The lines use more than one currency: an order has one currency.");
        RuleFor(r => r.SellingLocation).NotEmpty()
            .When(r => r.Lines?.Any(l => l?.DeliveryMethod == DeliveryMethod.CarryOut) == true)
            .WithMessage("sellingLocation (the store of the sale) is required when a line is carried out.");
        RuleFor(r => r.Payments).Must(ps => ps!.Count <= Limits.Payments).When(r => r.Payments is not null)
            .WithMessage($"An order has at most {Limits.Payments} payments.");
        RuleForEach(r => r.Payments).NotNull().WithMessage("A payment must be an object, not null.").SetValidator(new PaymentRequestValidator()!);
        RuleFor(r => r.Payments).Must(ps => ps!.All(p => p?.Amount is not null)).When(r => r.Payments is { Count: > 1 })
            .WithMessage("With more than one payment, each must give its amount (together they pay the order total).");
    }
}
