using FluentValidation;
using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

public sealed class CarrierRequestValidator : AbstractValidator<CarrierRequest>
{
    public CarrierRequestValidator()
    {
        RuleFor(r => r.Code).Code("code");
        RuleFor(r => r.Name).Name();
        RuleFor(r => r.TrackingUrlTemplate).DomainErrors(t => _ = new Carrier("X", "X", t));
        RuleFor(r => r.Services).DomainErrors(s => _ = new Carrier("X", "X", null, s ?? []));
    }
}
