using FluentValidation;
using Oms.Domain.Orders;
using Oms.Server.Features.Orders;

namespace Oms.Server.Features.Amendments;

public enum AmendmentType { ChangeQuantity, AddLine, RemoveLine, ChangeShippingAddress, ChangeDeliveryMethod }

/// <summary>
/// One amendment, named by <see cref="Type"/>: changeQuantity (lineId, quantity, optionally the channel's new tax), addLine (line), removeLine (lineId),
/// changeShippingAddress (shippingAddress), changeDeliveryMethod (lineId, deliveryMethod, pickupLocation or shippingAddress).
/// </summary>
public sealed record AmendOrderRequest(
    AmendmentType? Type, Guid? LineId = null, int? Quantity = null, OrderLineRequest? Line = null,
    AddressRequest? ShippingAddress = null, DeliveryMethod? DeliveryMethod = null, string? PickupLocation = null, decimal? Tax = null);

public sealed class AmendOrderValidator : AbstractValidator<AmendOrderRequest>
{
    public AmendOrderValidator()
    {
        RuleFor(r => r.Type).NotNull().WithMessage("type is required (changeQuantity, addLine, removeLine, changeShippingAddress, changeDeliveryMethod).");
        RuleFor(r => r.LineId).NotNull().When(r => r.Type is AmendmentType.ChangeQuantity or AmendmentType.RemoveLine or AmendmentType.ChangeDeliveryMethod)
            .WithMessage("lineId is required for this amendment.");
        RuleFor(r => r.Quantity).NotNull().GreaterThan(0).When(r => r.Type == AmendmentType.ChangeQuantity)
            .WithMessage("quantity must be greater than zero.");
        RuleFor(r => r.Line).NotNull().When(r => r.Type == AmendmentType.AddLine).WithMessage("line is required to add a line.");
        RuleFor(r => r.Line!).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("sku is required.");
            line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0).WithMessage("quantity must be greater than zero.");
            line.RuleFor(l => l.UnitPrice).NotNull().GreaterThanOrEqualTo(0).WithMessage("unitPrice is required and must not be negative.");
            line.RuleFor(l => l.Discount).GreaterThanOrEqualTo(0);
            line.RuleFor(l => l.Tax).GreaterThanOrEqualTo(0);
            line.RuleFor(l => l.DeliveryMethod).NotNull().WithMessage("deliveryMethod is required.");
            line.RuleFor(l => l.ShippingAddress!).SetValidator(new AddressValidator()).When(l => l.ShippingAddress is not null);
        }).When(r => r.Type == AmendmentType.AddLine && r.Line is not null);
        RuleFor(r => r.ShippingAddress).NotNull().When(r => r.Type == AmendmentType.ChangeShippingAddress)
            .WithMessage("shippingAddress is required to change the shipping address.");
        RuleFor(r => r.ShippingAddress!).SetValidator(new AddressValidator()).When(r => r.ShippingAddress is not null);
        RuleFor(r => r.DeliveryMethod).NotNull().When(r => r.Type == AmendmentType.ChangeDeliveryMethod)
            .WithMessage("deliveryMethod is required to change the delivery method.");
    }
}
