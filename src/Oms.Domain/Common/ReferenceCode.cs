namespace Oms.Domain.Common;

/// <summary>
/// Codes that name reference data (SKUs, location, channel and carrier codes) appear in URLs, CSV files and
/// other systems' messages, so they are plain: 1–64 letters, digits, '-', '_' or '.', starting with a letter or digit.
/// </summary>
public static class ReferenceCode
{
    public const int MaxLength = 64;

    public static bool IsValid(string? code)
        => code is { Length: > 0 and <= MaxLength }
           && char.IsAsciiLetterOrDigit(code[0])
           && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>The trimmed code, or a field error saying what a code may contain.</summary>
    public static string Check(string? code, string field)
    {
        var c = Guard.NotEmpty(code, field);
        return IsValid(c) ? c : throw new BusinessRuleException(field, Describe(field, c));
    }

    public static string Describe(string field, string? code)
        => $"{field} '{code}' is not a valid code: use 1–{MaxLength} letters, digits, '-', '_' or '.', starting with a letter or digit.";
}
