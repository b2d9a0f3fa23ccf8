using System.Text.Json;
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
    {
        var m = JsonNamingPolicy.CamelCase.ConvertName(method.ToString());
        string[] keys = [$"{channel}:{m}", channel, $"*:{m}", "default"];
        var snapshot = await ReferenceCache.For(db).GetAsync(db, ct);
        foreach (var key in keys)
        {
            if (snapshot.Active(Kind, key) is { } v)
                return (ReferenceSnapshot.ParsedOnce(v, x => SourcingRuleSetDocuments.Read(x.Document)), $"{key}@{v.Version}");
        }
        return (SourcingRuleSet.Default, "built-in default");
    }
}
