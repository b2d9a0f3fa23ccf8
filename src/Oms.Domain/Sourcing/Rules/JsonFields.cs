using System.Text.Json;
using Oms.Domain.Common;

namespace Oms.Domain.Sourcing;

/// <summary>Reads one JSON object's fields with type checks, filing every problem under its path instead of stopping at the first.</summary>
internal readonly struct JsonFields
{
    private readonly JsonElement element;
    private readonly string path;
    private readonly RuleErrors errors;

    public JsonFields(JsonElement element, string path, RuleErrors errors)
    {
        this.element = element;
        this.path = path;
        this.errors = errors;
    }

    public string Path => path;
    public JsonElement Element => element;

    public bool IsObject()
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        errors.Add(path, "must be a JSON object.");
        return false;
    }

    public void RejectUnknown(params string[] known)
    {
        foreach (var p in element.EnumerateObject())
            if (!known.Contains(p.Name, StringComparer.Ordinal))
                errors.Add(At(p.Name), $"unknown property '{p.Name}' (expected one of: {string.Join(", ", known)}).");
    }

    public string At(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public bool Has(string name) => element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    private bool Get(string name, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) errors.Add(At(name), $"{name} is required.");
        return false;
    }

    public string? String(string name, bool required = false)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        errors.Add(At(name), "must be a string.");
        return null;
    }

    public int? Int(string name, bool required = false)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        errors.Add(At(name), "must be a whole number.");
        return null;
    }

    public double? Number(string name, bool required = false)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        errors.Add(At(name), "must be a number.");
        return null;
    }

    public bool? Bool(string name)
    {
        if (!Get(name, false, out var v)) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        errors.Add(At(name), "must be true or false.");
        return null;
    }

    public T? Enum<T>(string name, bool required = false) where T : struct, Enum
    {
        if (!Get(name, required, out var v)) return null;
        return EnumValue<T>(v, At(name), errors);
    }

    public IReadOnlyList<JsonFields>? Array(string name, bool required = false)
    {
        if (!Get(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            errors.Add(At(name), "must be an array.");
            return null;
        }
        var prefix = At(name);
        var errs = errors;
        return [.. v.EnumerateArray().Select((e, i) => new JsonFields(e, $"{prefix}[{i}]", errs))];
    }

    public IReadOnlyList<string>? Strings(string name, bool required = false)
        => Array(name, required)?.Select(f => f.AsString()).OfType<string>().ToList();

    public IReadOnlyList<T>? Enums<T>(string name, bool required = false) where T : struct, Enum
    {
        var errs = errors;
        return Array(name, required)?.Select(f => EnumValue<T>(f.Element, f.Path, errs)).OfType<T>().ToList();
    }

    /// <summary>An object used as a table: property name to value.</summary>
    public IReadOnlyList<(string Key, JsonFields Value)>? Table(string name)
    {
        if (!Get(name, false, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Object)
        {
            errors.Add(At(name), "must be a JSON object.");
            return null;
        }
        var prefix = At(name);
        var errs = errors;
        return [.. v.EnumerateObject().Select(p => (p.Name, new JsonFields(p.Value, $"{prefix}.{p.Name}", errs)))];
    }

    public JsonFields? Object(string name)
    {
        if (!Get(name, false, out var v)) return null;
        var f = new JsonFields(v, At(name), errors);
        return f.IsObject() ? f : null;
    }

    public IReadOnlyList<string>? AsStrings()
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, "must be an array of strings.");
            return null;
        }
        var (prefix, errs) = (path, errors);
        return [.. element.EnumerateArray().Select((e, i) => new JsonFields(e, $"{prefix}[{i}]", errs).AsString()).OfType<string>()];
    }

    public string? AsString()
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        errors.Add(path, "must be a string.");
        return null;
    }

    public double? AsNumber()
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        errors.Add(path, "must be a number.");
        return null;
    }

    /// <summary>Enum names match case-insensitively ("xs", "XS"); numbers and unknown names are refused.</summary>
    public static T? EnumValue<T>(JsonElement v, string path, RuleErrors errors) where T : struct, Enum
    {
        var s = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        foreach (var n in System.Enum.GetNames<T>())
            if (string.Equals(n, s, StringComparison.OrdinalIgnoreCase)) return System.Enum.Parse<T>(n);
        errors.Add(path, $"'{(s ?? v.GetRawText())}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(RuleSetNames.Of))}.");
        return null;
    }

    public static T? EnumKey<T>(string key, string path, RuleErrors errors) where T : struct, Enum
    {
        foreach (var n in System.Enum.GetNames<T>())
            if (string.Equals(n, key, StringComparison.OrdinalIgnoreCase)) return System.Enum.Parse<T>(n);
        errors.Add(path, $"'{key}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(RuleSetNames.Of))}.");
        return null;
    }
}

/// <summary>How enum values are spelled in the canonical document: camelCase, like the API.</summary>
internal static class RuleSetNames
{
    public static string Of(string enumName) => JsonNamingPolicy.CamelCase.ConvertName(enumName);
    public static string Of<T>(T value) where T : struct, Enum => Of(value.ToString());
}
