using FluentValidation;
using Oms.Server.Features.Network;

namespace Oms.Server.Features.Network.Imports;

/// <summary>One stock row: the absolute on-hand count of a SKU at a location, and optionally its safety stock.</summary>
public sealed record StockRowRequest(string? Location, string? Sku, int? OnHand, int? SafetyStock = null);

public sealed class StockRowRequestValidator : AbstractValidator<StockRowRequest>
{
    public StockRowRequestValidator()
    {
        RuleFor(r => r.Location).Code("location");
        RuleFor(r => r.Sku).Code("sku");
        RuleFor(r => r.OnHand).NotNull().WithMessage("onHand is required.")
            .GreaterThanOrEqualTo(0).WithMessage("onHand must not be negative.");
        RuleFor(r => r.SafetyStock).GreaterThanOrEqualTo(0).WithMessage("safetyStock must not be negative.");
    }
}
