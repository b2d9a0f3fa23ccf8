namespace Oms.Domain.OrderWorkflows;

/// <summary>Enum values as documents and messages spell them: camelCase (<c>reserveAndCollect</c>).</summary>
internal static class ConfigNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
