using FluentValidation;
using Oms.Domain.Network;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Network;

/// <summary>
/// A carrier as <c>PUT /api/carriers/{code}</c> sends it. <c>trackingUrlTemplate</c> holds <c>{trackingNumber}</c>
/// where the number goes; <c>enabled</c> left out keeps the carrier's state.
/// </summary>
[RequiredFields("name")]
public sealed record CarrierRequest(string? Code, string? Name, string? TrackingUrlTemplate = null, bool? Enabled = null,
    IReadOnlyList<string>? Services = null);

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
