using FluentValidation;
using FluentValidation.Results;
using Oms.Server.Core.Json;

namespace Oms.Server.Web;

/// <summary>Query-string values in the same spelling as the JSON (camelCase enums), checked, with a field error when wrong.</summary>
public static class QueryValues
{
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && !int.TryParse(value, out _)) return parsed;
        var names = string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw Invalid(field, $"Unknown {field} '{Shorten(value)}'. Use one of: {names}.");
    }

    /// <summary>A trimmed search term, at most <paramref name="max"/> characters of storable text; null when empty.</summary>
    public static string? Text(string? value, string field, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length > max) throw Invalid(field, $"{field} must be at most {max} characters.");
        if (!TextRules.IsStorable(v)) throw Invalid(field, TextRules.Problem(v));
        return v;
    }

    public static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
