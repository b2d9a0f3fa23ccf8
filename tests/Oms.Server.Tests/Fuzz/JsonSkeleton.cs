using System.Reflection;
using System.Text.Json;

namespace Oms.Server.Tests.Fuzz;

/// <summary>A plausible JSON value for a request type, from its constructor (records) or settable properties: every field present, once.</summary>
public static class JsonSkeleton
{
    public static object? Of(Type type, int depth = 0)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return "FUZZ";
        if (t == typeof(bool)) return true;
        if (t == typeof(Guid)) return Guid.Empty;
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset)) return "2026-11-20T09:00:00Z";
        if (t.IsEnum) return JsonNamingPolicy.CamelCase.ConvertName(Enum.GetNames(t)[0]);
        if (t.IsPrimitive || t == typeof(decimal)) return 1;
        if (t == typeof(JsonElement) || typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(t)) return new Dictionary<string, object?>();
        if (depth > 6) return null;
        if (t.IsArray) return new[] { Of(t.GetElementType()!, depth + 1) };
        if (t.IsGenericType && t.GetInterfaces().Append(t).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
            return new[] { Of(t.GetGenericArguments()[0], depth + 1) };
        var ctor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var members = ctor is { } c && c.GetParameters().Length > 0
            ? c.GetParameters().Select(p => (p.Name!, p.ParameterType))
            : t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.PropertyType));
        return members.ToDictionary(m => JsonNamingPolicy.CamelCase.ConvertName(m.Item1), m => Of(m.Item2, depth + 1), StringComparer.Ordinal);
    }
}
