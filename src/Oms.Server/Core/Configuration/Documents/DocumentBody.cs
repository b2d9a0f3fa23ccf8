using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Oms.Server.Core.Json;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>
/// A configuration document as a request carries it, read into its type. What System.Text.Json refuses (a wrong type,
/// an unknown property, a missing or unknown <c>type</c>, an unknown name, unstorable text) is a 400 naming the field
/// by its path in the document (<c>rules[2].window</c>), never a 500; the document's values are judged afterwards by
/// its validator and model.
/// </summary>
public static partial class DocumentBody
{
    /// <summary>
    /// The document, or null when there is none (the validator says what to send). <paramref name="root"/> names the
    /// document itself in errors: <c>$</c> when it is the body, <c>document</c> when the body holds it there.
    /// </summary>
    public static T? Read<T>(JsonElement? body, string root = "$") where T : class
    {
        if (body is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } json) return null;
        if (TextRules.FirstUnstorable(json, root) is { } unstorable)
            throw Refuse(root, $"The document has text that cannot be stored at {unstorable}: " +
                "NUL characters and unpaired surrogates are not allowed.");
        try
        {
            return TypeNamesAsWritten<T>(json).Deserialize<T>(DocumentJson.Options);
        }
        catch (JsonException e)
        {
            var path = Relative(e.Path);
            if (e.Message.StartsWith("Read unrecognized type discriminator", StringComparison.Ordinal))
                throw Refuse(Field(path, "type"), $"Unknown type {Quoted(ElementAt(json, Field(path, "type")))}; known types: " +
                    $"{string.Join(", ", DocumentPaths.KnownTypes(typeof(T), path))}.");
            throw Refuse(path.Length == 0 ? root : path, Describe(e.Message, typeof(T), path, json));
        }
        catch (NotSupportedException e) when (e.Message.Contains("type discriminator", StringComparison.Ordinal))
        {
            // An object without "type": System.Text.Json cannot tell which kind of rule, filter or hold it is.
            var path = Relative(PathInMessage().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null);
            throw Refuse(Field(path, "type"), "type is required; known types: " +
                $"{string.Join(", ", DocumentPaths.KnownTypes(typeof(T), path))}.");
        }
    }

    /// <summary>The path is the document's own (<c>above.EUR</c>), not a C# property chain to camelCase.</summary>
    public static readonly object JsonPath = new();

    private static ValidationException Refuse(string field, string message)
        => new([new ValidationFailure(Storable(field), Storable(message)) { CustomState = JsonPath }]);

    /// <summary>Text from the request quoted in an answer must be writable too (a lone surrogate is not).</summary>
    private static string Storable(string text)
        => TextRules.IsStorable(text) ? text : new string([.. text.Select(c => c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c)]);

    /// <summary>
    /// Names are read whatever their case (<c>CardsPerCustomer</c> is <c>cardsPerCustomer</c>): enums by the converter,
    /// <c>type</c> names here, since System.Text.Json matches a discriminator exactly.
    /// </summary>
    private static JsonElement TypeNamesAsWritten<T>(JsonElement json)
    {
        var names = DocumentPaths.AllTypeNames(typeof(T));
        var changed = false;
        JsonNode? Fix(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (key == "type" && value is JsonValue v && v.TryGetValue<string>(out var name)
                            && !names.Contains(name, StringComparer.Ordinal)
                            && names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } written)
                        {
                            o[key] = written;
                            changed = true;
                        }
                        else Fix(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Fix(item);
                    break;
            }
            return node;
        }
        var fixedNode = Fix(JsonNode.Parse(json.GetRawText()));
        return changed ? JsonSerializer.SerializeToElement(fixedNode) : json;
    }

    /// <summary><c>$.rules[2].window</c> → <c>rules[2].window</c>; the document itself → empty.</summary>
    private static string Relative(string? path)
        => path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Field(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";

    /// <summary>System.Text.Json names CLR types; a client needs to know what was wrong with its value and what is allowed.</summary>
    private static string Describe(string message, Type document, string path, JsonElement json)
    {
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return "Unknown property: the document has no such setting (names are camelCase).";
        if (DocumentPaths.AllowedNames(document, path) is { Count: > 0 } names)
        {
            var value = Quoted(ElementAt(json, path));
            return $"{(value.Length > 0 ? value : "The value")} is not one of: {string.Join(", ", names)}.";
        }
        if (message.Contains("could not be converted", StringComparison.Ordinal))
            return "The value has the wrong type: see the document's description for what goes here.";
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    /// <summary>The value at a document path as sent, or null when it is not there (a refused key is its own last step).</summary>
    private static JsonElement? ElementAt(JsonElement document, string path)
    {
        var at = document;
        foreach (Match step in DocumentPaths.Steps(path))
        {
            if (step.Groups[1].Success && at.ValueKind == JsonValueKind.Object && at.TryGetProperty(step.Groups[1].Value, out var p)) at = p;
            else if (step.Groups[2].Success && at.ValueKind == JsonValueKind.Array && int.Parse(step.Groups[2].Value) < at.GetArrayLength())
                at = at[int.Parse(step.Groups[2].Value)];
            else if (step.Groups[1].Success && step.NextMatch() is { Success: false }) return JsonSerializer.SerializeToElement(step.Groups[1].Value);
            else return null;
        }
        return at;
    }

    private static string Quoted(JsonElement? value)
        => value is not { } v ? "" : v.ValueKind == JsonValueKind.String ? $"'{Cut(v.GetString()!)}'" : Cut(v.GetRawText());

    private static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"Path: (\$[^ ]*) \|")]
    private static partial Regex PathInMessage();
}
