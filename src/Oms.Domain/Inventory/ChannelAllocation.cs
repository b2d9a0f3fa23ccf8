using System.Text.Json;
using System.Text.Json.Serialization;
using Oms.Domain.Common;
using Oms.Domain.Network;

namespace Oms.Domain.Inventory;

public sealed record ChannelAllocation(IReadOnlyList<ChannelAllocationRule> Rules)
{
    public static readonly ChannelAllocation Unrestricted = new([]);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public ChannelAllocationRule? RuleFor(Location location)
        => Rules.FirstOrDefault(r => r.Location == location.Code)
            ?? Rules.FirstOrDefault(r => r.Location is null && r.LocationType == location.Type);

    /// <summary>Available-to-sell for the channel at a location, from the location's available-to-promise.</summary>
    public int AvailableToSell(Location location, int availableToPromise) => AvailableToSell(RuleFor(location), availableToPromise);

    public static int AvailableToSell(ChannelAllocationRule? rule, int atp)
    {
        if (rule is null) return atp;
        var share = rule.SharePercent is { } pct ? atp * pct / 100 : atp;
        if (rule.FixedQuantity is { } cap) share = Math.Min(share, cap);
        return Math.Max(0, share - rule.SafetyStock);
    }

    /// <summary>Parses and validates a document; field errors name the rule (<c>rules[2].sharePercent</c>).</summary>
    public static ChannelAllocation Parse(string json)
    {
        ChannelAllocation? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ChannelAllocation>(json, Json);
        }
        catch (JsonException e)
        {
            throw new BusinessRuleException(e.Path ?? "$", $"The allocation is not valid JSON: {e.Message}");
        }
        if (parsed?.Rules is null) throw new BusinessRuleException("rules", "An allocation needs a rules list (it may be empty).");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < parsed.Rules.Count; i++)
        {
            var r = parsed.Rules[i];
            var at = $"rules[{i}]";
            if ((r.Location is null) == (r.LocationType is null)) errors[at] = ["Name either a location or a locationType."];
            if (r.SharePercent is null && r.FixedQuantity is null)
                errors[$"{at}.sharePercent"] = ["Give a sharePercent, a fixedQuantity, or both."];
            if (r.SharePercent is < 0 or > 100) errors[$"{at}.sharePercent"] = ["sharePercent must be between 0 and 100."];
            if (r.FixedQuantity is < 0) errors[$"{at}.fixedQuantity"] = ["fixedQuantity must not be negative."];
            if (r.SafetyStock < 0) errors[$"{at}.safetyStock"] = ["safetyStock must not be negative."];
        }
        if (errors.Count > 0) throw new BusinessRuleException(errors.First().Value[0], errors);
        return parsed;
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);
}
