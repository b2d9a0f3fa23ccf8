using Oms.Server.Core.Contracts;
using FluentValidation;
using Oms.Domain.Network;
using Oms.Server.Features.Orders;

namespace Oms.Server.Features.Network;

/// <summary>
/// A location as <c>PUT /api/locations/{code}</c> and location imports send it. The whole record is replaced:
/// <c>capabilities</c> left out are the type's usual ones (a store ships, hands out pickups, takes returns and sells
/// over the counter), <c>timeZone</c> is Europe/Amsterdam, no <c>openingHours</c> means unknown hours. Only
/// <c>enabled</c> left out keeps the location's state (a new one is enabled).
/// </summary>
[RequiredFields("name", "type", "sizeClass", "latitude", "longitude")]
public sealed record LocationRequest(
    string? Code,
    string? Name,
    LocationType? Type,
    SizeClass? SizeClass,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string>? Capabilities = null,
    AddressRequest? Address = null,
    bool? Enabled = null,
    string? TimeZone = null,
    WeeklyHours? OpeningHours = null,
    string? CutOffTime = null);

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
