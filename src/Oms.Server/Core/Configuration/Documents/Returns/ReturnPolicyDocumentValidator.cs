using FluentValidation;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>
/// What a return policy cannot be read without: the window, the reasons, each reason's code and description. Values are
/// the model's to judge (<see cref="ReturnPolicyDocuments"/>).
/// </summary>
public sealed class ReturnPolicyDocumentValidator : AbstractValidator<ReturnPolicyDocument>
{
    public ReturnPolicyDocumentValidator()
    {
        RuleFor(d => d.DefaultWindowDays).Required("defaultWindowDays");
        RuleFor(d => d.Reasons).Required("reasons");
        RuleForEach(d => d.Reasons).AnObject("A reason").ChildRules(r =>
        {
            r.RuleFor(x => x!.Code).Required("code");
            r.RuleFor(x => x!.Description).Required("description");
        });
    }
}
