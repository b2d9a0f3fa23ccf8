using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Oms.Domain.Common;

namespace Oms.Domain.OrderWorkflows;

/// <summary>Parsing and writing of the configuration documents that are stored as versions and edited through the API.</summary>
internal static class ConfigDocument
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Parses <paramref name="json"/> and hands its root to <paramref name="read"/>; refuses with every field error
    /// the reader and the model's constructors filed. <paramref name="what"/> names the document in the message.
    /// </summary>
    public static T Read<T>(string? json, string what, Func<ConfigFields, T?> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) throw new BusinessRuleException("$", $"The {what} document is empty.");
        var errors = new ConfigErrors();
        T? result;
        try
        {
            using var doc = JsonDocument.Parse(json);
            result = read(new ConfigFields(doc.RootElement, "", errors));
        }
        catch (JsonException e)
        {
            throw new BusinessRuleException("$", $"The {what} document is not valid JSON: {e.Message}");
        }
        errors.ThrowIfAny($"The {what}");
        return result ?? throw new InvalidOperationException($"The {what} reader returned nothing without filing an error.");
    }

    /// <summary>Writes indented JSON with a fixed property order, so that equal documents are equal text and versions diff well.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>Amounts per currency, keys in ordinal order.</summary>
    public static void WriteAmounts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, decimal> amounts)
    {
        w.WriteStartObject(name);
        foreach (var (currency, amount) in amounts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(currency, amount);
        w.WriteEndObject();
    }
}
