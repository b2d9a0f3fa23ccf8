using FluentValidation;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>
/// The checks document validators make: settings a document cannot be read without, and no null where a list holds
/// objects. Values (empty, negative, out of order) are the model's to judge: see <see cref="ModelErrors"/>.
/// </summary>
public static class DocumentRules
{
    public static IRuleBuilderOptions<T, TValue> Required<T, TValue>(this IRuleBuilder<T, TValue> rule, string field)
        => rule.NotNull().WithMessage($"{field} is required.");

    public static IRuleBuilderOptions<T, TElement> AnObject<T, TElement>(this IRuleBuilder<T, TElement> rule, string what)
        => rule.NotNull().WithMessage($"{what} must be an object, not null.");
}
