using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Server.Features.Network;

/// <summary>Field rules the reference-data requests share, with messages that say what is allowed.</summary>
public static class ReferenceDataRules
{
    public const int MaxNameLength = 200;

    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.Must(ReferenceCode.IsValid).WithMessage((_, v) => v is null ? $"{field} is required." : ReferenceCode.Describe(field, v));

    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule)
        => rule.NotEmpty().WithMessage("name is required.")
            .MaximumLength(MaxNameLength).WithMessage($"name must be at most {MaxNameLength} characters.");

    public static IRuleBuilderOptions<T, string?> Currency<T>(this IRuleBuilder<T, string?> rule)
        => rule.Must(c => c is not null && c.Trim().Length == 3 && c.Trim().All(char.IsAsciiLetter))
            .WithMessage("currency must be a three-letter ISO 4217 code.");

    public static IRuleBuilderOptions<T, string?> LocalTime<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.Must(t => t is null || OpeningHours.TryTime(t, out _)).WithMessage((_, v) => $"{field} '{v}' is not a time of day HH:mm.");

    public static IRuleBuilderOptions<T, string?> TimeZone<T>(this IRuleBuilder<T, string?> rule)
        => rule.Must(z => z is null || TryZone(z))
            .WithMessage((_, v) => $"'{v}' is not a known time zone id; use an IANA id such as {TimeZones.Default}.");

    /// <summary>Runs a value object's own checks, so that its rules live in the domain and still answer as field errors (400).</summary>
    public static void DomainErrors<T, TValue>(this IRuleBuilder<T, TValue> rule, Action<TValue> build)
        => rule.Custom((value, context) =>
        {
            try
            {
                build(value);
            }
            catch (BusinessRuleException e)
            {
                foreach (var (field, messages) in e.Errors)
                    foreach (var m in messages) context.AddFailure(field, m);
                if (e.Errors.Count == 0) context.AddFailure(context.PropertyPath, e.Message);
            }
        });

    private static bool TryZone(string id)
    {
        try
        {
            TimeZones.Find(id, "timeZone");
            return true;
        }
        catch (BusinessRuleException)
        {
            return false;
        }
    }
}
