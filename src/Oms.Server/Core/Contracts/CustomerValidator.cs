using FluentValidation;

namespace Oms.Server.Core.Contracts;

public sealed class CustomerValidator : AbstractValidator<CustomerRequest>
{
    public CustomerValidator()
    {
        RuleFor(c => c.Email).EmailAddress().When(c => c.Email is not null).WithMessage("customer.email must be an e-mail address.")
            .Within(Limits.Text, "customer.email");
        RuleFor(c => c.Email).NotEmpty().When(c => c.Name is not null || c.Phone is not null)
            .WithMessage("customer.email is required when a customer is given (leave the customer out for an anonymous till sale).");
        RuleFor(c => c.Name).Within(Limits.Text, "customer.name");
        RuleFor(c => c.Phone).Within(Limits.Phone, "customer.phone");
    }
}
