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
        RuleFor(r => r.RefundTo).IsInEnum().When(r => r.RefundTo is not null);
        RuleFor(r => r.Goodwill!.Amount).NotNull().WithMessage("goodwill.amount is required.")
            .GreaterThan(0).WithMessage("goodwill.amount must be greater than zero.")
            .LessThanOrEqualTo(Limits.Amount).WithMessage($"goodwill.amount must be at most {Limits.Amount}.")
            .OverridePropertyName("goodwill.amount").When(r => r.Goodwill is not null);
        RuleFor(r => r.Goodwill!.Reason).NotEmpty().WithMessage("goodwill.reason is required: say why goodwill is given.")
            .Within(Limits.Reason, "goodwill.reason").OverridePropertyName("goodwill.reason").When(r => r.Goodwill is not null);
        Include(new ExchangeRequestValidator());
    }
}
