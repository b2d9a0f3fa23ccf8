using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Domain.Common;
using Oms.Server.Core.Json;

namespace Oms.Server.Core.Configuration.Documents;

/// <summary>
/// How configuration documents are stored: the OMS's JSON dialect (camelCase, enums as camelCase strings, numbers as
/// numbers, storable strings), indented, settings left out when empty and amounts written as given, so that equal
/// documents are equal text and versions diff well. The API reads the same types with <see cref="OmsJson.Options"/>.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    /// <summary>A stored document. Versions are checked when saved, so a refusal here means a damaged row.</summary>
    public static T Read<T>(string json, string what) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new BusinessRuleException("$", $"The {what} document is empty.");
        }
        catch (JsonException e)
        {
            throw new BusinessRuleException(e.Path ?? "$", $"The {what} document is not valid: {e.Message}");
        }
    }

    private static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new SafeStringConverter() },
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // The document types refuse unknown properties themselves, so that the API does too.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowOutOfOrderMetadataProperties = true,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
