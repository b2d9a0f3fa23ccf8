using FluentValidation;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns;

public sealed class InspectReturnRequestValidator : AbstractValidator<InspectReturnRequest>
{
    public InspectReturnRequestValidator()
    {
        RuleFor(r => r.Decision).NotNull().WithMessage("decision is required (restock, writeOff, returnToVendor).").IsInEnum();
        RuleFor(r => r.ReceiptId).NotNull().When(r => r.ReturnLineId is null)
            .WithMessage("Say which units: a receiptId, or a returnLineId with a quantity.");
        RuleFor(r => r.Quantity).NotNull().When(r => r.ReceiptId is null && r.ReturnLineId is not null)
            .WithMessage("quantity is required with returnLineId.");
        RuleFor(r => r.Quantity).InclusiveBetween(1, Limits.Quantity).When(r => r.Quantity is not null)
            .WithMessage($"quantity must be between 1 and {Limits.Quantity}.");
        RuleFor(r => r.Note).Within(Limits.Reason, "note");
        RuleFor(r => r.Location).Within(Limits.Code, "location");
    }
}
