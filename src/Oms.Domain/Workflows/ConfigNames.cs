namespace Oms.Domain.OrderWorkflows;

/// <summary>Enum values as configuration documents spell them: camelCase (<c>reserveAndCollect</c>), read case-insensitively.</summary>
internal static class ConfigNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Names only: unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>, "1" is not a value.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }
}
