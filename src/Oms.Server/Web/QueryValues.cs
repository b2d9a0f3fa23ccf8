using FluentValidation;
using FluentValidation.Results;

namespace Oms.Server.Web;

/// <summary>Query-string values in the same spelling as the JSON (camelCase enums), with a field error when unknown.</summary>
public static class QueryValues
{
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && !int.TryParse(value, out _)) return parsed;
        var names = string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw new ValidationException([new ValidationFailure(field, $"Unknown {field} '{value}'. Use one of: {names}.")]);
    }
}
