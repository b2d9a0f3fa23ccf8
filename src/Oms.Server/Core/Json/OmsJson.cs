using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oms.Server.Core.Json;

/// <summary>
/// The one JSON dialect of the OMS, for the API, events and stored documents alike: camelCase names, enums as camelCase
/// strings (numbers refused), money rendered the same on every database, and strings that a database can store.
/// </summary>
public static class OmsJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.Converters.Add(new DecimalConverter());
        o.Converters.Add(new SafeStringConverter());
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // Numbers are JSON numbers: "2" for a quantity is refused like "2.00" for a price (the Web defaults would read it).
        o.NumberHandling = JsonNumberHandling.Strict;
        return o;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
