using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>
/// Walks a document type along a JSON path (<c>rules[2].window</c>, <c>filters[0].byLocationType.shed</c>) to say what
/// may stand there: the <c>type</c> names of a rule, filter or hold, the names of an enum. For error messages only.
/// </summary>
public static partial class DocumentPaths
{
    public static MatchCollection Steps(string path) => Step().Matches(path);

    /// <summary>The <c>type</c> names the element at <paramref name="path"/> may have.</summary>
    public static IReadOnlyList<string> KnownTypes(Type document, string path)
    {
        var derived = Info(TypeAt(document, path).Type)?.PolymorphismOptions?.DerivedTypes ?? [];
        return [.. derived.Select(d => d.TypeDiscriminator?.ToString() ?? "").Order(StringComparer.Ordinal)];
    }

    /// <summary>Every <c>type</c> name used anywhere in the document type, in its own spelling.</summary>
    public static IReadOnlyList<string> AllTypeNames(Type document)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        void Visit(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type)) return;
            if (type.IsGenericType) foreach (var arg in type.GetGenericArguments()) Visit(arg);
            if (Info(type) is not { Kind: JsonTypeInfoKind.Object } info) return;
            foreach (var p in info.Properties) Visit(p.PropertyType);
            foreach (var d in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                names.Add(d.TypeDiscriminator?.ToString() ?? "");
                Visit(d.DerivedType);
            }
        }
        Visit(document);
        return [.. names];
    }

    /// <summary>The names allowed at <paramref name="path"/> when an enum (or an enum key of a table) goes there; else none.</summary>
    public static IReadOnlyList<string> AllowedNames(Type document, string path)
    {
        var (type, key) = TypeAt(document, path);
        var e = key is { IsEnum: true } ? key : type.IsEnum ? type : null;
        return e is null ? [] : [.. Enum.GetNames(e).Select(JsonNamingPolicy.CamelCase.ConvertName)];
    }

    /// <summary>The type at the end of the path, and the key type when the last step is a table's key.</summary>
    private static (Type Type, Type? Key) TypeAt(Type document, string path)
    {
        var type = document;
        Type? key = null;
        foreach (Match step in Steps(path))
        {
            key = null;
            if (Table(type) is { } table) (key, type) = (table[0], table[1]);
            else if (step.Groups[2].Success) type = Element(type);
            else type = Property(type, step.Groups[1].Value) ?? typeof(object);
            type = Nullable.GetUnderlyingType(type) ?? type;
        }
        return (type, key);
    }

    private static Type Element(Type list)
        => list.IsArray ? list.GetElementType()! : list.IsGenericType ? list.GetGenericArguments()[^1] : typeof(object);

    private static Type[]? Table(Type type)
        => type.IsGenericType && type.GetGenericArguments().Length == 2
            && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            ? type.GetGenericArguments() : null;

    /// <summary>A property of the type, or of one of its kinds (a velocity rule's <c>window</c>).</summary>
    private static Type? Property(Type type, string name)
    {
        var info = Info(type);
        if (info is null) return null;
        return info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType
            ?? info.PolymorphismOptions?.DerivedTypes
                .Select(d => Info(d.DerivedType)?.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType)
                .FirstOrDefault(t => t is not null);
    }

    private static JsonTypeInfo? Info(Type type)
        => type == typeof(object) || type.IsEnum || type.IsPrimitive ? null : DocumentJson.Options.GetTypeInfo(type);

    [GeneratedRegex(@"([A-Za-z0-9_@\-]+)|\[(\d+)\]")]
    private static partial Regex Step();
}
