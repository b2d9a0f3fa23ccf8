using FluentValidation;

namespace Oms.Server.Core.Contracts;

public sealed class AddressValidator : AbstractValidator<AddressRequest>
{
    public AddressValidator()
    {
        RuleFor(a => a.Name).NotEmpty().Within(Limits.Text, "name");
        RuleFor(a => a.Line1).NotEmpty().Within(Limits.Text, "line1");
        RuleFor(a => a.Line2).Within(Limits.Text, "line2");
        RuleFor(a => a.PostalCode).NotEmpty().Within(Limits.PostalCode, "postalCode");
        RuleFor(a => a.City).NotEmpty().Within(Limits.Text, "city");
        RuleFor(a => a.Country).NotEmpty().Length(2).WithMessage("country must be a two-letter ISO 3166 code.")
            .Must(c => c is null || c.All(char.IsAsciiLetter)).WithMessage("country must be a two-letter ISO 3166 code.");
        RuleFor(a => a.Phone).Within(Limits.Phone, "phone");
        RuleFor(a => a.Latitude).InclusiveBetween(-90, 90);
        RuleFor(a => a.Longitude).InclusiveBetween(-180, 180);
        RuleFor(a => a).Must(a => a.Latitude.HasValue == a.Longitude.HasValue).WithName("latitude")
            .WithMessage("Give both latitude and longitude, or neither.");
    }
}
