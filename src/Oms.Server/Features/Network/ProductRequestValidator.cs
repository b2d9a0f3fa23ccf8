using FluentValidation;
using Oms.Domain.Catalog;

namespace Oms.Server.Features.Network;

public sealed class ProductRequestValidator : AbstractValidator<ProductRequest>
{
    public ProductRequestValidator()
    {
        RuleFor(r => r.Sku).Code("sku");
        RuleFor(r => r.Name).Name();
        RuleFor(r => r.ListPrice).NotNull().WithMessage("listPrice is required.")
            .GreaterThanOrEqualTo(0).WithMessage("listPrice must not be negative.")
            .PrecisionScale(18, 4, ignoreTrailingZeros: true)
            .WithMessage("listPrice has at most 14 digits before and 4 after the decimal point.");
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.Category).MaximumLength(Product.MaxCategoryLength)
            .WithMessage($"category must be at most {Product.MaxCategoryLength} characters.");
    }
}
