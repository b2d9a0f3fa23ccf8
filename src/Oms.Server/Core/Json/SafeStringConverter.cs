using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oms.Server.Core.Json;

/// <summary>
/// Refuses strings no database can store: NUL characters (PostgreSQL rejects them) and unpaired UTF-16 surrogates
/// (not valid Unicode, so not encodable as UTF-8). The request fails with a 400 naming the field, not with a 500 later.
/// </summary>
internal sealed class SafeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is null || TextRules.IsStorable(value) ? value : throw new JsonException(TextRules.Problem(value));
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
