using FluentValidation;
using Oms.Domain.Access;

namespace Oms.Server.Features.Access;

/// <summary>Field checks of the access requests (400 with field errors); rules that need data are the handlers' (422).</summary>
internal static class AccessValidators
{
    public static readonly SignInValidator SignIn = new();
    public static readonly UserValidator NewUser = new(creating: true);
    public static readonly UserValidator ChangedUser = new(creating: false);
    public static readonly RoleValidator Role = new();
    public static readonly ApiKeyValidator Key = new();

    private const string NamePattern = "^[A-Za-z0-9][A-Za-z0-9._@-]*$";

    internal sealed class SignInValidator : AbstractValidator<SignInRequest>
    {
        public SignInValidator()
        {
            RuleFor(r => r.UserName).NotEmpty().MaximumLength(100);
            RuleFor(r => r.Password).NotEmpty().MaximumLength(500);
        }
    }

    internal sealed class UserValidator : AbstractValidator<UserRequest>
    {
        public UserValidator(bool creating)
        {
            RuleFor(r => r.UserName).NotEmpty().MaximumLength(100).Matches(NamePattern)
                .WithMessage("A user name is letters, digits and . _ @ - (starting with a letter or digit), at most 100 characters.");
            RuleFor(r => r.DisplayName).MaximumLength(200);
            RuleFor(r => r.Email).MaximumLength(200).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email));
            if (creating) RuleFor(r => r.Password).NotEmpty().WithMessage("A new user needs a password (at least 10 characters).");
            RuleFor(r => r.Password).MinimumLength(10).MaximumLength(500).When(r => r.Password is not null)
                .WithMessage("A password is 10 to 500 characters; a long pass phrase is better than symbols.");
            RuleFor(r => r.Roles).Must(r => r is { Count: > 0 }).WithMessage("Give the user at least one role.");
            RuleForEach(r => r.Roles).NotEmpty().MaximumLength(64);
            RuleFor(r => r.Stores).Must(s => s is null || s.Count <= 100).WithMessage("At most 100 stores.");
            RuleForEach(r => r.Stores).NotEmpty().MaximumLength(50);
        }
    }

    internal sealed class RoleValidator : AbstractValidator<RoleRequest>
    {
        public RoleValidator()
        {
            RuleFor(r => r.Description).MaximumLength(500);
            RuleFor(r => r.ActorKind).MaximumLength(32).Matches("^[a-z][a-z0-9-]*$").When(r => r.ActorKind is not null)
                .WithMessage("The actor kind is lower-case letters, digits and -, as the timeline shows it (agent:anna).");
            RuleFor(r => r.Permissions).NotNull();
            RuleForEach(r => r.Permissions).Must(p => p is not null && Permissions.IsKnown(p))
                .WithMessage((_, p) => $"'{p}' is not a permission; known: {string.Join(", ", Permissions.All)}.");
        }
    }

    internal sealed class ApiKeyValidator : AbstractValidator<ApiKeyRequest>
    {
        public ApiKeyValidator()
        {
            RuleFor(r => r.Name).NotEmpty().MaximumLength(100).Matches(NamePattern)
                .WithMessage("A key's name is letters, digits and . _ @ - (starting with a letter or digit), at most 100 characters.");
            RuleFor(r => r.Roles).Must(r => r is { Count: > 0 }).WithMessage("Give the key at least one role.");
            RuleForEach(r => r.Roles).NotEmpty().MaximumLength(64);
            RuleFor(r => r.Channel).MaximumLength(50);
            RuleFor(r => r.Locations).Must(s => s is null || s.Count <= 100).WithMessage("At most 100 locations.");
            RuleForEach(r => r.Locations).NotEmpty().MaximumLength(50);
        }
    }
}
