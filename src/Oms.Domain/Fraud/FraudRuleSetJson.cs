using System.Text.Json;
using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Fraud;

/// <summary>
/// The fraud rule set document. Shape (types, required and unknown properties, rule type names, windows) is
/// checked here; value rules by the constructors, whose errors are filed under the rule's path.
/// <code>
/// { "reviewAt": 50, "rejectAt": 100,
///   "rules": [ { "type": "orderValue", "points": 25, "above": { "EUR": 1000 }, "channels": ["web"] },
///              { "type": "cardsPerCustomer", "points": 40, "window": "24h", "above": 2 },
///              { "type": "riskySkus", "points": 30, "skus": ["GIFTCARD-100"] } ] }
/// </code>
/// </summary>
internal static class FraudRuleSetJson
{
    public static readonly string[] RuleTypes =
        ["orderValue", "firstOrder", .. Enum.GetValues<FraudVelocity>().Select(ConfigNames.Of), "countryMismatch", "riskySkus"];

    public static FraudRuleSet Read(string json, IReadOnlyCollection<string>? knownChannels)
        => ConfigDocument.Read(json, "fraud rule set", root => ReadRoot(root, knownChannels));

    private static FraudRuleSet? ReadRoot(ConfigFields root, IReadOnlyCollection<string>? knownChannels)
    {
        if (!root.IsObject()) return null;
        var errors = root.Errors;
        root.RejectUnknown("reviewAt", "rejectAt", "rules");
        var reviewAt = root.Int("reviewAt", required: true);
        var rejectAt = root.Int("rejectAt", required: true);
        var rules = (root.Array("rules", required: true) ?? []).Select(r => ReadRule(r, knownChannels)).ToList();
        if (errors.Count > 0) return null;
        return errors.Build("", () => new FraudRuleSet(reviewAt!.Value, rejectAt!.Value, rules.OfType<FraudRule>().ToList()));
    }

    private static FraudRule? ReadRule(ConfigFields r, IReadOnlyCollection<string>? knownChannels)
    {
        if (!r.IsObject()) return null;
        var errors = r.Errors;
        var before = errors.Count;
        var written = r.String("type", required: true);
        // Type names are read case-insensitively, like every other name in the document.
        var type = RuleTypes.FirstOrDefault(t => string.Equals(t, written, StringComparison.OrdinalIgnoreCase)) ?? written;
        var points = r.Int("points", required: true) ?? 0;
        var channels = r.Strings("channels");
        ChannelCodes.CheckKnown(channels, r.At("channels"), knownChannels, errors);

        FraudRule? Done(Func<FraudRule> make, params string[] fields)
        {
            r.RejectUnknown(["type", "points", "channels", .. fields]);
            return errors.Count > before ? null : errors.Build(r.Path, make);
        }

        if (type is not null && ConfigNames.TryParse<FraudVelocity>(type, out var measure))
        {
            var window = ReadWindow(r);
            var above = r.Int("above", required: true);
            return Done(() => new VelocityRule(measure, window!.Value, above!.Value, points, channels), "window", "above");
        }
        switch (type)
        {
            case null:
                return null;
            case "orderValue":
                var amounts = r.Amounts("above", required: true);
                return Done(() => new OrderValueRule(points, amounts!, channels), "above");
            case "firstOrder":
                return Done(() => new FirstOrderRule(points, channels));
            case "countryMismatch":
                return Done(() => new CountryMismatchRule(points, channels));
            case "riskySkus":
                var skus = r.Strings("skus", required: true);
                return Done(() => new RiskySkuRule(points, skus!, channels), "skus");
            default:
                errors.Add(r.At("type"), $"Unknown rule type '{type}' (expected one of: {string.Join(", ", RuleTypes)}).");
                return null;
        }
    }

    private static TimeSpan? ReadWindow(ConfigFields r)
    {
        var text = r.String("window", required: true);
        if (text is null) return null;
        if (FraudWindow.TryParse(text, out var window)) return window;
        r.Errors.Add(r.At("window"), $"'{text}' is not a window: write whole minutes, hours or days, e.g. \"30m\", \"24h\", \"7d\" (at most {FraudWindow.Format(FraudWindow.Longest)}).");
        return null;
    }

    public static string Write(FraudRuleSet set) => ConfigDocument.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("reviewAt", set.ReviewAt);
        w.WriteNumber("rejectAt", set.RejectAt);
        w.WriteStartArray("rules");
        foreach (var rule in set.Rules) WriteRule(w, rule);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteRule(Utf8JsonWriter w, FraudRule rule)
    {
        w.WriteStartObject();
        w.WriteString("type", rule.Type);
        w.WriteNumber("points", rule.Points);
        switch (rule)
        {
            case OrderValueRule v:
                ConfigDocument.WriteAmounts(w, "above", v.Above);
                break;
            case VelocityRule v:
                w.WriteString("window", FraudWindow.Format(v.Window));
                w.WriteNumber("above", v.Above);
                break;
            case RiskySkuRule s:
                ConfigDocument.WriteStrings(w, "skus", s.Skus);
                break;
        }
        if (rule.Channels.Count > 0) ConfigDocument.WriteStrings(w, "channels", rule.Channels);
        w.WriteEndObject();
    }
}
