using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oms.Server.Core.Json;

/// <summary>
/// Decimals as JSON numbers with at least two decimals and no trailing zeros beyond them (49.95, 5.00, 0.125), whatever
/// scale the database returned (PostgreSQL's numeric(18,4) gives 49.9500, SQLite 49.95). Reads accept any number.
/// </summary>
internal sealed class DecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException("A number is expected.");
        return reader.TryGetDecimal(out var value) ? value : throw new JsonException("The number is out of range.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
        => writer.WriteRawValue(Format(value), skipInputValidation: true);

    public static string Format(decimal value)
    {
        var normal = value / 1.0000000000000000000000000000m;
        var text = normal.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return text + ".00";
        return text.Length - dot - 1 == 1 ? text + "0" : text;
    }
}
