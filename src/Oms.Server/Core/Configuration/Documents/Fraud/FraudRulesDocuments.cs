using Oms.Domain.Fraud;

namespace Oms.Server.Core.Configuration.Documents.Fraud;

/// <summary>
/// The fraud rules and their document, both ways. Reading validates (400), then builds the model, whose constructors
/// refuse bad values (422, each under its path); writing gives the canonical text: fixed property order, sets sorted,
/// rules in their given order (a decision cites a rule by its index).
/// </summary>
public static class FraudRulesDocuments
{
    private const string What = "fraud rule set";
    private static readonly FraudRulesDocumentValidator Validator = new();

    /// <summary>A stored version.</summary>
    public static FraudRuleSet Read(string json) => ToModel(DocumentJson.Read<FraudRulesDocument>(json, What));

    public static string Write(FraudRuleSet rules) => DocumentJson.Write(ToDocument(rules));

    /// <summary>The rule set a document describes; with <paramref name="knownChannels"/>, codes naming no channel are refused too.</summary>
    public static FraudRuleSet ToModel(FraudRulesDocument? document, IReadOnlyCollection<string>? knownChannels = null)
    {
        var d = Validator.Check(document, "", "The fraud rules are a JSON object: reviewAt, rejectAt and rules.");
        var errors = new ModelErrors(What);
        var rules = d.Rules!.Select((r, i) =>
        {
            KnownChannels.Check(r!.Channels, $"rules[{i}].channels", knownChannels, errors);
            return errors.Build($"rules[{i}]", () => Rule(r));
        }).ToList();
        return errors.Finish("", () => new FraudRuleSet(d.ReviewAt!.Value, d.RejectAt!.Value, [.. rules.OfType<FraudRule>()]));
    }

    public static FraudRulesDocument ToDocument(FraudRuleSet set) => new(set.ReviewAt, set.RejectAt, [.. set.Rules.Select(Rule)]);

    private static FraudRule Rule(FraudRuleDocument r)
    {
        var points = r.Points!.Value;
        return r switch
        {
            OrderValueFraudRule v => new OrderValueRule(points, v.Above!, r.Channels),
            FirstOrderFraudRule => new FirstOrderRule(points, r.Channels),
            CountryMismatchFraudRule => new CountryMismatchRule(points, r.Channels),
            RiskySkusFraudRule s => new RiskySkuRule(points, s.Skus!, r.Channels),
            VelocityFraudRule v => new VelocityRule(Measure(v), FraudWindow.TryParse(v.Window, out var w) ? w : default, v.Above!.Value,
                points, r.Channels),
            _ => throw new InvalidOperationException($"No model for fraud rule {r.GetType().Name}."),
        };
    }

    private static FraudRuleDocument Rule(FraudRule rule)
    {
        var channels = rule.Channels.Count > 0 ? rule.Channels : null;
        return rule switch
        {
            OrderValueRule v => new OrderValueFraudRule(v.Points,
                new SortedDictionary<string, decimal>(v.Above.ToDictionary(), StringComparer.Ordinal),
                channels),
            FirstOrderRule => new FirstOrderFraudRule(rule.Points, channels),
            CountryMismatchRule => new CountryMismatchFraudRule(rule.Points, channels),
            RiskySkuRule s => new RiskySkusFraudRule(s.Points, s.Skus, channels),
            VelocityRule v => Velocity(v.Measure, v.Points, FraudWindow.Format(v.Window), v.Above, channels),
            _ => throw new InvalidOperationException($"No document for fraud rule {rule.GetType().Name}."),
        };
    }

    private static FraudVelocity Measure(VelocityFraudRule rule) => rule switch
    {
        OrdersPerCustomerFraudRule => FraudVelocity.OrdersPerCustomer,
        CardsPerCustomerFraudRule => FraudVelocity.CardsPerCustomer,
        AddressesPerEmailFraudRule => FraudVelocity.AddressesPerEmail,
        _ => FraudVelocity.EmailsPerAddress,
    };

    private static VelocityFraudRule Velocity(FraudVelocity measure, int points, string window, int above, IReadOnlyList<string>? channels)
        => measure switch
        {
            FraudVelocity.OrdersPerCustomer => new OrdersPerCustomerFraudRule(points, window, above, channels),
            FraudVelocity.CardsPerCustomer => new CardsPerCustomerFraudRule(points, window, above, channels),
            FraudVelocity.AddressesPerEmail => new AddressesPerEmailFraudRule(points, window, above, channels),
            _ => new EmailsPerAddressFraudRule(points, window, above, channels),
        };
}
