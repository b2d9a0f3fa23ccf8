using FluentValidation;
using Oms.Domain.Orders;

namespace Oms.Server.Core.Contracts;

public sealed class OrderLineValidator : AbstractValidator<OrderLineRequest>
{
    public OrderLineValidator()
    {
        RuleFor(l => l.Sku).NotEmpty().WithMessage("sku is required.").Within(100, "sku");
        RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
            .InclusiveBetween(1, Limits.Quantity).WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
        RuleFor(l => l.UnitPrice).NotNull().WithMessage("unitPrice is required.").MoneyAmount("unitPrice");
        RuleFor(l => l.Discount).MoneyAmount("discount");
        RuleFor(l => l.Tax).MoneyAmount("tax");
        RuleFor(l => l.Currency).Must(CurrencyRules.IsCode).When(l => l.Currency is not null)
            .WithMessage("currency must be a three-letter ISO 4217 code.");
        RuleFor(l => l.DeliveryMethod).NotNull()
            .WithMessage("deliveryMethod is required (shipToAddress, pickupInStore, carryOut, carrierPickupPoint).")
            .IsInEnum();
        RuleFor(l => l.ShippingAddress!).SetValidator(new AddressValidator()).When(l => l.ShippingAddress is not null);
        RuleFor(l => l.PickupLocation).Within(Limits.Code, "pickupLocation");
        RuleFor(l => l.ChannelLineId).Within(100, "channelLineId");
        RuleFor(l => l.PickupLocation).NotEmpty()
            .When(l => l.DeliveryMethod is DeliveryMethod.PickupInStore or DeliveryMethod.CarrierPickupPoint)
            .WithMessage("pickupLocation is required for a line picked up in a store or at a carrier point.");
    }
}
