using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Persistence;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Configuration.Documents.Sourcing;

namespace Oms.Server.Core.Sourcing;

/// <summary>Which sourcing rule set applies to a channel and delivery method.</summary>
public static class SourcingRuleSets
{
    public const string Kind = "sourcing-rules";

    /// <summary>The most specific active rule set for a channel and delivery method, with the label the explanation shows.</summary>
    public static async Task<(SourcingRuleSet Rules, string Label)> ResolveAsync(OmsDbContext db, string channel, DeliveryMethod method, CancellationToken ct)
        => Resolve(await ReferenceCache.For(db).GetAsync(db, ct), channel, method);

    /// <summary>
    /// The most specific rule set of <paramref name="snapshot"/> for a channel and delivery method ({channel}:{method},
    /// {channel}, *:{method}, default, then the built-in one); a <paramref name="candidate"/> stands in for its key's active
    /// version (a replay or trial of a rule set not saved or not active).
    /// </summary>
    public static (SourcingRuleSet Rules, string Label) Resolve(ReferenceSnapshot snapshot, string channel, DeliveryMethod method,
        (string Key, SourcingRuleSet Rules, string Label)? candidate = null)
    {
        var m = JsonNamingPolicy.CamelCase.ConvertName(method.ToString());
        foreach (var key in (string[])[$"{channel}:{m}", channel, $"*:{m}", "default"])
        {
            if (candidate is { } c && c.Key == key) return (c.Rules, c.Label);
            if (snapshot.Active(Kind, key) is { } v)
                return (ReferenceSnapshot.ParsedOnce(v, x => SourcingRuleSetDocuments.Read(x.Document)), $"{key}@{v.Version}");
        }
        return (SourcingRuleSet.Default, "built-in default");
    }

    /// <summary>Refuses (under <c>key</c>) what is not a rule-set key: default, a channel code, {channel}:{deliveryMethod} or
    /// *:{deliveryMethod}.</summary>
    public static async Task CheckKeyAsync(OmsDbContext db, string key, CancellationToken ct)
    {
        var parts = key.Split(':');
        var methods = Enum.GetNames<DeliveryMethod>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet(StringComparer.Ordinal);
        var ok = key.Length <= 100 && (key == "default"
            || (parts.Length == 1 && await db.Channels.AnyAsync(c => c.Code == key, ct))
            || (parts.Length == 2 && methods.Contains(parts[1]) && (parts[0] == "*" || await db.Channels.AnyAsync(c => c.Code == parts[0], ct))));
        if (!ok)
            throw new BusinessRuleException("key", $"'{(key.Length > 60 ? key[..60] + "…" : key)}' is not a rule-set key. Use default, a channel code, " +
                $"{{channel}}:{{deliveryMethod}} or *:{{deliveryMethod}} (delivery methods: {string.Join(", ", methods)}).");
    }
}
