using FluentValidation;

namespace Oms.Server.Features.Network;

public sealed class ChannelRequestValidator : AbstractValidator<ChannelRequest>
{
    public ChannelRequestValidator()
    {
        RuleFor(r => r.Code).Code("code");
        RuleFor(r => r.Name).Name();
        RuleFor(r => r.Type).NotNull().WithMessage("type is required (webshop, marketplace, app, pos, callCenter).");
        RuleFor(r => r.Currency).Currency();
    }
}
