using FluentValidation;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network.Imports;

public sealed class StockRowRequestValidator : AbstractValidator<StockRowRequest>
{
    public StockRowRequestValidator()
    {
        RuleFor(r => r.Location).Code("location");
        RuleFor(r => r.Sku).Code("sku");
        RuleFor(r => r.OnHand).NotNull().WithMessage("onHand is required.")
            .InclusiveBetween(0, Limits.StockQuantity).WithMessage($"onHand must be between 0 and {Limits.StockQuantity}.");
        RuleFor(r => r.SafetyStock).InclusiveBetween(0, Limits.StockQuantity)
            .WithMessage($"safetyStock must be between 0 and {Limits.StockQuantity}.");
    }
}
