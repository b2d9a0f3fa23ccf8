using FluentValidation;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

public sealed class ReceiveReturnRequestValidator : AbstractValidator<ReceiveReturnRequest>
{
    public ReceiveReturnRequestValidator()
    {
        RuleFor(r => r.Location).NotEmpty().WithMessage("location is required (where the units were received).")
            .Within(Limits.Code, "location");
        RuleFor(r => r.Units).NotEmpty().WithMessage("units is required: say which return lines came in, how many and as what.");
        RuleFor(r => r.Units!.Count).LessThanOrEqualTo(Limits.Lines).When(r => r.Units is not null)
            .WithMessage($"A receipt has at most {Limits.Lines} entries.").OverridePropertyName("units");
        RuleForEach(r => r.Units).ChildRules(u =>
        {
            u.RuleFor(x => x.ReturnLineId).NotNull().WithMessage("returnLineId is required.");
            u.RuleFor(x => x.Quantity).NotNull().WithMessage("quantity is required.")
                .InclusiveBetween(1, Limits.Quantity).WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
            u.RuleFor(x => x.Disposition).NotNull()
                .WithMessage("disposition is required (restock, writeOff, returnToVendor, needsInspection, missing, wrongItem).")
                .IsInEnum();
            u.RuleFor(x => x.Note).Within(Limits.Reason, "note");
        }).When(r => r.Units is not null);
    }
}
