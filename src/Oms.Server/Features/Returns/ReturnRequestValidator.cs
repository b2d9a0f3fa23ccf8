using FluentValidation;
using Oms.Server.Core.Contracts;
using Oms.Server.Features.Returns.Exchanges;

namespace Oms.Server.Features.Returns;

/// <summary>The shape of a return request (400); whether the units may come back is the eligibility's (422).</summary>
public sealed class ReturnRequestValidator : AbstractValidator<ReturnRequest>
{
    public ReturnRequestValidator()
    {
        RuleFor(r => r.Lines).NotEmpty().WithMessage("lines is required: say which order lines and how many units come back.");
        RuleFor(r => r.Lines!.Count).LessThanOrEqualTo(Limits.Lines).When(r => r.Lines is not null)
            .WithMessage($"A return has at most {Limits.Lines} lines.").OverridePropertyName("lines");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.OrderLineId).NotNull().WithMessage("orderLineId is required.");
            line.RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
                .InclusiveBetween(1, Limits.Quantity).WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
        }).When(r => r.Lines is not null);
        RuleFor(r => r.Reason).NotEmpty().WithMessage("reason is required (a return reason code).").Within(Limits.Code, "reason");
        RuleFor(r => r.Method).IsInEnum().When(r => r.Method is not null);
        RuleFor(r => r.Kind).IsInEnum().When(r => r.Kind is not null);
        RuleFor(r => r.ExpectedLocation).Within(Limits.Code, "expectedLocation");
        RuleFor(r => r.Note).Within(Limits.Reason, "note");
        Include(new ExchangeRequestValidator());
    }
}
