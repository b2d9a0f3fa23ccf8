using FluentValidation;

namespace Oms.Server.Core.Configuration.Documents.Sourcing;

/// <summary>
/// What a rule set cannot be read without: a name, each filter's and ranker's own setting. Values are the model's to
/// judge (<see cref="SourcingRuleSetDocuments"/>); types, names and unknown properties were refused when the JSON was read.
/// </summary>
public sealed class SourcingRuleSetDocumentValidator : AbstractValidator<SourcingRuleSetDocument>
{
    public SourcingRuleSetDocumentValidator()
    {
        RuleFor(d => d.Name).Required("name");
        RuleForEach(d => d.Filters).AnObject("A filter").SetInheritanceValidator(v => v
            .Add(new InlineValidator<CapabilitySourcingFilter> { f => f.RuleFor(x => x.Require).Required("require") })
            .Add(new InlineValidator<MinAvailableSourcingFilter> { f => f.RuleFor(x => x.Units).Required("units") })
            .Add(new InlineValidator<MaxDistanceSourcingFilter> { f => f.RuleFor(x => x.Km).Required("km") })
            .Add(new InlineValidator<PausedSourcingFilter> { f => f.RuleFor(x => x.Locations).Required("locations") }));
        RuleForEach(d => d.Rankers).AnObject("A ranker").SetInheritanceValidator(v => v
            .Add(new InlineValidator<PrioritySourcingRanker> { r => r.RuleFor(x => x.Locations).Required("locations") }));
    }
}
