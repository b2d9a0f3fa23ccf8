using Oms.Domain.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Domain.Audit;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>
/// Writes the audit trail of reference data: each change is one row in the change's own transaction, with the record
/// as the API shows it before and after. A change that changes nothing is not recorded.
/// </summary>
public static class ReferenceDataAudit
{
    public const string Product = "product";
    public const string Location = "location";
    public const string Channel = "channel";
    public const string Carrier = "carrier";

    public static readonly IReadOnlyList<string> Entities = [Product, Location, Channel, Carrier];

    /// <summary>The API's spelling (camelCase, enums as names), so that the audit reads like the resource.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Adds the change to the unit of work; false when before and after are the same.</summary>
    public static bool Record<T>(OmsDbContext db, string entity, string key, T? before, T after, ChangeContext change) where T : class
    {
        var beforeJson = before is null ? null : JsonSerializer.Serialize(before, Json);
        var afterJson = JsonSerializer.Serialize(after, Json);
        if (beforeJson is not null && Same(beforeJson, afterJson)) return false;
        db.ReferenceDataChanges.Add(new ReferenceDataChange(Ids.Next(change.Now), entity, key, beforeJson, afterJson,
            change.Actor, change.Now, change.Source));
        return true;
    }

    /// <summary>By value: 49.95 read back from PostgreSQL as 49.9500 is no change.</summary>
    private static bool Same(string before, string after)
    {
        using var a = JsonDocument.Parse(before);
        using var b = JsonDocument.Parse(after);
        return JsonElement.DeepEquals(a.RootElement, b.RootElement);
    }
}
