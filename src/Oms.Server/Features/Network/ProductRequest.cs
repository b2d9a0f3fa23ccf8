using FluentValidation;
using Oms.Domain.Catalog;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// A product as <c>PUT /api/products/{sku}</c> and product imports send it. The whole record is replaced, except
/// <c>active</c>: left out, a new product is active and an existing one keeps its state.
/// </summary>
[RequiredFields("name", "listPrice", "currency")]
public sealed record ProductRequest(string? Sku, string? Name, decimal? ListPrice, string? Currency, bool? Active = null,
    string? Category = null);

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
