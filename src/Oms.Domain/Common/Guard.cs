namespace Oms.Domain.Common;

/// <summary>Guards for constructors: an invalid value cannot be built.</summary>
public static class Guard
{
    public static int Positive(int value, string field)
        => value > 0 ? value : throw new BusinessRuleException(field, $"{field} must be greater than zero (was {value}).");

    public static int NotNegative(int value, string field)
        => value >= 0 ? value : throw new BusinessRuleException(field, $"{field} must not be negative (was {value}).");

    public static decimal NotNegative(decimal value, string field)
        => value >= 0 ? value : throw new BusinessRuleException(field, $"{field} must not be negative (was {value}).");

    public static string NotEmpty(string? value, string field)
        => !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw new BusinessRuleException(field, $"{field} is required.");
}
