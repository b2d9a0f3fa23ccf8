using FluentValidation;

namespace Oms.Server.Core.Contracts;

public sealed class AmendOrderValidator : AbstractValidator<AmendOrderRequest>
{
    public AmendOrderValidator()
    {
        RuleFor(r => r.Type).NotNull()
            .WithMessage("type is required (changeQuantity, addLine, removeLine, changeShippingAddress, changeDeliveryMethod).")
            .IsInEnum().WithMessage("type is not an amendment type.");
        RuleFor(r => r.Quantity).InclusiveBetween(1, Limits.Quantity).When(r => r.Quantity is not null)
            .WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
        RuleFor(r => r.Tax).MoneyAmount("tax");
        RuleFor(r => r.PickupLocation).Within(Limits.Code, "pickupLocation");
        RuleFor(r => r.DeliveryMethod).IsInEnum();
        RuleFor(r => r.LineId).NotNull()
            .When(r => r.Type is AmendmentType.ChangeQuantity or AmendmentType.RemoveLine or AmendmentType.ChangeDeliveryMethod)
            .WithMessage("lineId is required for this amendment.");
        RuleFor(r => r.Quantity).NotNull().GreaterThan(0).When(r => r.Type == AmendmentType.ChangeQuantity)
            .WithMessage("quantity must be greater than zero.");
        RuleFor(r => r.Line).NotNull().When(r => r.Type == AmendmentType.AddLine).WithMessage("line is required to add a line.");
        RuleFor(r => r.Line!).SetValidator(new OrderLineValidator()).When(r => r.Type == AmendmentType.AddLine && r.Line is not null);
        RuleFor(r => r.ShippingAddress).NotNull().When(r => r.Type == AmendmentType.ChangeShippingAddress)
            .WithMessage("shippingAddress is required to change the shipping address.");
        RuleFor(r => r.ShippingAddress!).SetValidator(new AddressValidator()).When(r => r.ShippingAddress is not null);
        RuleFor(r => r.DeliveryMethod).NotNull().When(r => r.Type == AmendmentType.ChangeDeliveryMethod)
            .WithMessage("deliveryMethod is required to change the delivery method.");
    }
}
