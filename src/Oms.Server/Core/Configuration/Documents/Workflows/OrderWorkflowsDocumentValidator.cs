using FluentValidation;

namespace Oms.Server.Core.Configuration.Documents.Workflows;

/// <summary>
/// What order workflows cannot be read without: entries, each with a name and steps, each approval with its step.
/// Which steps and holds make a workflow is the model's to judge (<see cref="OrderWorkflowsDocuments"/>).
/// </summary>
public sealed class OrderWorkflowsDocumentValidator : AbstractValidator<OrderWorkflowsDocument>
{
    public OrderWorkflowsDocumentValidator()
    {
        RuleFor(d => d.Entries).Required("entries");
        RuleForEach(d => d.Entries).AnObject("An entry").ChildRules(e =>
        {
            e.RuleFor(x => x!.Name).Required("name");
            e.RuleFor(x => x!.Steps).Required("steps");
            e.RuleForEach(x => x!.Holds).AnObject("A hold").SetInheritanceValidator(v => v
                .Add(new InlineValidator<ManualApprovalHold> { h => h.RuleFor(x => x.Before).Required("before") }));
        });
    }
}
