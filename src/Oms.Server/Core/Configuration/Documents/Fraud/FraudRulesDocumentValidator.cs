using FluentValidation;
using Oms.Domain.Fraud;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>
/// What fraud rules cannot be read without: the thresholds, the rules, each rule's points and own settings, windows
/// written as the document writes them. Values are the model's to judge (<see cref="FraudRulesDocuments"/>).
/// </summary>
public sealed class FraudRulesDocumentValidator : AbstractValidator<FraudRulesDocument>
{
    public FraudRulesDocumentValidator()
    {
        RuleFor(d => d.ReviewAt).Required("reviewAt");
        RuleFor(d => d.RejectAt).Required("rejectAt");
        RuleFor(d => d.Rules).Required("rules");
        var velocity = new InlineValidator<VelocityFraudRule>
        {
            r => r.RuleFor(x => x.Window).Required("window")
                .Must(w => w is null || FraudWindow.TryParse(w, out _))
                .WithMessage((_, w) => $"'{w}' is not a window: write whole minutes, hours or days, e.g. \"30m\", \"24h\", \"7d\" " +
                    $"(at most {FraudWindow.Format(FraudWindow.Longest)})."),
            r => r.RuleFor(x => x.Above).Required("above"),
        };
        RuleForEach(d => d.Rules).AnObject("A rule")
            .ChildRules(r => r.RuleFor(x => x!.Points).Required("points"))
            .SetInheritanceValidator(v => v
                .Add(new InlineValidator<OrderValueFraudRule> { r => r.RuleFor(x => x.Above).Required("above") })
                .Add<OrdersPerCustomerFraudRule>(velocity)
                .Add<CardsPerCustomerFraudRule>(velocity)
                .Add<AddressesPerEmailFraudRule>(velocity)
                .Add<EmailsPerAddressFraudRule>(velocity)
                .Add(new InlineValidator<RiskySkusFraudRule> { r => r.RuleFor(x => x.Skus).Required("skus") }));
    }
}
