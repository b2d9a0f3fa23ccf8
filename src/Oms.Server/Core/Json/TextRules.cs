using System.Text.Json;

namespace Oms.Server.Core.Json;

/// <summary>What a string must be to be stored: no NUL, no unpaired surrogate.</summary>
public static class TextRules
{
    public static bool IsStorable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    public static string Problem(string value) => value.Contains('\0', StringComparison.Ordinal)
        ? "The text contains a NUL character, which cannot be stored."
        : "The text contains an unpaired UTF-16 surrogate (not valid Unicode).";

    /// <summary>Every string in a JSON document (keys included) is storable; the first offending path otherwise.</summary>
    public static string? FirstUnstorable(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Read(() => element.GetString()!) is { } text && IsStorable(text) ? null : path;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (Read(() => p.Name) is not { } name || !IsStorable(name)) return path;
                    if (FirstUnstorable(p.Value, $"{path}.{p.Name}") is { } bad) return bad;
                }
                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    if (FirstUnstorable(item, $"{path}[{i++}]") is { } bad) return bad;
                return null;
            default:
                return null;
        }
    }

    /// <summary>The text, or null when System.Text.Json cannot turn it into a string (an escaped unpaired surrogate).</summary>
    private static string? Read(Func<string> text)
    {
        try
        {
            return text();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
