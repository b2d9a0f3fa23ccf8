using System.Text.Json;
using Oms.Domain.Audit;

namespace Oms.Server.Features.Network;

/// <summary>One change to reference data; <c>changedFields</c> lists the top-level fields an update changed.</summary>
public sealed record AuditEntryResponse(Guid Id, string Entity, string Key, string Action, string Actor, DateTime At, string Source,
    IReadOnlyList<string> ChangedFields, JsonElement? Before, JsonElement After)
{
    public static AuditEntryResponse From(ReferenceDataChange c)
    {
        var before = c.Before is null ? (JsonElement?)null : JsonDocument.Parse(c.Before).RootElement.Clone();
        var after = JsonDocument.Parse(c.After).RootElement.Clone();
        return new(c.Id, c.Entity, c.Key, c.Action, c.Actor, c.At, c.Source, before is { } b ? Changed(b, after) : [], before, after);
    }

    private static List<string> Changed(JsonElement before, JsonElement after)
    {
        var old = before.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return [.. after.EnumerateObject()
            .Where(p => !old.TryGetValue(p.Name, out var was) || !JsonElement.DeepEquals(was, p.Value))
            .Select(p => p.Name)];
    }
}
