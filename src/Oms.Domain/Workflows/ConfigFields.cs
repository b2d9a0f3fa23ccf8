using System.Text.Json;

namespace Oms.Domain.OrderWorkflows;

/// <summary>
/// Reads one JSON value of a configuration document with type checks, filing every problem under its path
/// (<c>entries[1].steps[3]</c>) instead of stopping at the first. Shape only: the rules of the model are checked by
/// the constructors the readers call.
/// </summary>
internal readonly struct ConfigFields
{
    private readonly JsonElement element;
    private readonly string path;
    private readonly ConfigErrors errors;

    public ConfigFields(JsonElement element, string path, ConfigErrors errors)
    {
        this.element = element;
        this.path = path;
        this.errors = errors;
    }

    public string Path => path.Length == 0 ? "$" : path;
    public ConfigErrors Errors => errors;

    public string At(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public bool IsObject()
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        errors.Add(Path, "must be a JSON object.");
        return false;
    }

    /// <summary>Unknown properties are refused: a misspelt setting must not be silently ignored.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var p in element.EnumerateObject())
            if (!known.Contains(p.Name, StringComparer.Ordinal))
                errors.Add(At(p.Name), $"unknown property '{p.Name}' (expected one of: {string.Join(", ", known)}).");
    }

    public string? String(string name, bool required = false)
        => Get(name, required) is { } v ? v.AsString() : null;

    public int? Int(string name, bool required = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.element.ValueKind == JsonValueKind.Number && v.element.TryGetInt32(out var i)) return i;
        errors.Add(v.Path, $"{name} must be a whole number.");
        return null;
    }

    public IReadOnlyList<ConfigFields>? Array(string name, bool required = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(v.Path, $"{name} must be an array.");
            return null;
        }
        var (prefix, errs) = (v.path, errors);
        return [.. v.element.EnumerateArray().Select((e, i) => new ConfigFields(e, $"{prefix}[{i}]", errs))];
    }

    /// <summary>An array of strings; items that are not strings are filed as errors and left out.</summary>
    public IReadOnlyList<string>? Strings(string name, bool required = false)
        => Array(name, required)?.Select(f => f.AsString()).OfType<string>().ToList();

    /// <summary>An object used as a table of amounts, e.g. <c>{ "EUR": 1000 }</c>; keys are checked by the model.</summary>
    public IReadOnlyDictionary<string, decimal>? Amounts(string name, bool required = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(v.Path, $"{name} must be an object of amounts per currency, e.g. {{ \"EUR\": 1000 }}.");
            return null;
        }
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var p in v.element.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out var d)) result[p.Name] = d;
            else errors.Add(v.At(p.Name), "must be a number.");
        }
        return result;
    }

    public string? AsString()
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        errors.Add(Path, "must be a string.");
        return null;
    }

    /// <summary>An enum value by its camelCase name (case-insensitive); numbers and unknown names are refused.</summary>
    public T? AsEnum<T>() where T : struct, System.Enum
    {
        if (AsString() is not { } s) return null;
        if (ConfigNames.TryParse<T>(s, out var value)) return value;
        errors.Add(Path, $"'{s}' is not one of: {string.Join(", ", System.Enum.GetValues<T>().Select(ConfigNames.Of))}.");
        return null;
    }

    public T? Enum<T>(string name, bool required = false) where T : struct, System.Enum
        => Get(name, required) is { } v ? v.AsEnum<T>() : null;

    public IReadOnlyList<T>? Enums<T>(string name, bool required = false) where T : struct, System.Enum
        => Array(name, required)?.Select(f => f.AsEnum<T>()).OfType<T>().ToList();

    private ConfigFields? Get(string name, bool required)
    {
        if (element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null) return new ConfigFields(v, At(name), errors);
        if (required) errors.Add(At(name), $"{name} is required.");
        return null;
    }
}
