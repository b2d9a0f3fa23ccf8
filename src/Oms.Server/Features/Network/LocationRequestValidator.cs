using Oms.Server.Core.Contracts;
using FluentValidation;

namespace Oms.Server.Features.Network;

public sealed class LocationRequestValidator : AbstractValidator<LocationRequest>
{
    public LocationRequestValidator()
    {
        RuleFor(r => r.Code).Code("code");
        RuleFor(r => r.Name).Name();
        RuleFor(r => r.Type).NotNull()
            .WithMessage("type is required (distributionCenter, store, externalDc, dropShipSupplier, carrierPickupPoint).");
        RuleFor(r => r.SizeClass).NotNull().WithMessage("sizeClass is required (xs, s, m, l, xl).");
        RuleFor(r => r.Latitude).NotNull().WithMessage("latitude is required.")
            .InclusiveBetween(-90, 90).WithMessage("latitude must be between -90 and 90.");
        RuleFor(r => r.Longitude).NotNull().WithMessage("longitude is required.")
            .InclusiveBetween(-180, 180).WithMessage("longitude must be between -180 and 180.");
        RuleForEach(r => r.Capabilities).Must(c => CapabilityNames.TryParse(c, out _))
            .WithMessage((_, c) => $"Unknown capability '{c}'. Use one of: {CapabilityNames.Allowed}.");
        RuleFor(r => r.Address!).SetValidator(new AddressValidator()).When(r => r.Address is not null);
        RuleFor(r => r.TimeZone).TimeZone();
        RuleFor(r => r.OpeningHours).DomainErrors(h => h?.ToDomain());
        RuleFor(r => r.CutOffTime).LocalTime("cutOffTime");
    }
}
