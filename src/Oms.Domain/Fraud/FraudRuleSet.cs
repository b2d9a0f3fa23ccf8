using Oms.Domain.OrderWorkflows;

namespace Oms.Domain.Fraud;

/// <summary>
/// The fraud rules and the thresholds that turn their score into a decision: below <see cref="ReviewAt"/> the order
/// is accepted, from <see cref="ReviewAt"/> it is held for review, from <see cref="RejectAt"/> it is rejected.
/// Stored as a versioned document (the server reads and writes it); the version is assigned by the store and is
/// not part of the document.
/// </summary>
public sealed class FraudRuleSet
{
    public FraudRuleSet(int reviewAt, int rejectAt, IReadOnlyList<FraudRule> rules, int version = 0)
    {
        var errors = new ConfigErrors();
        if (reviewAt <= 0) errors.Add("reviewAt", $"reviewAt must be greater than zero (was {reviewAt}): an order that matches no rule is accepted.");
        if (rejectAt <= reviewAt) errors.Add("rejectAt", $"rejectAt ({rejectAt}) must be greater than reviewAt ({reviewAt}).");
        if (version < 0) errors.Add("version", $"version must not be negative (was {version}).");
        errors.ThrowIfAny("The fraud rule set");
        ReviewAt = reviewAt;
        RejectAt = rejectAt;
        Rules = [.. rules];
        Version = version;
        Windows = [.. Rules.OfType<VelocityRule>().Select(r => r.Window).Distinct().Order()];
    }

    public int ReviewAt { get; }
    public int RejectAt { get; }
    public IReadOnlyList<FraudRule> Rules { get; }
    /// <summary>The stored version this rule set was loaded from; 0 for one not (yet) stored, such as <see cref="Default"/>.</summary>
    public int Version { get; }

    /// <summary>The look-back windows the velocity rules need, shortest first: gather <see cref="FraudFacts.Windows"/> for each.</summary>
    public IReadOnlyList<TimeSpan> Windows { get; }

    public FraudRuleSet WithVersion(int version) => new(ReviewAt, RejectAt, Rules, version);

    public FraudDecision DecisionFor(int score)
        => score >= RejectAt ? FraudDecision.Reject : score >= ReviewAt ? FraudDecision.Review : FraudDecision.Accept;

    /// <summary>
    /// A starting point: a first order alone is accepted; a first order with a high value and a foreign billing
    /// country is reviewed; card testing or a drop address together with other signals is rejected.
    /// </summary>
    public static FraudRuleSet Default { get; } = new(reviewAt: 50, rejectAt: 100,
    [
        new OrderValueRule(25, new Dictionary<string, decimal> { ["EUR"] = 1000m, ["GBP"] = 900m, ["USD"] = 1100m }),
        new FirstOrderRule(10),
        new VelocityRule(FraudVelocity.OrdersPerCustomer, TimeSpan.FromHours(24), above: 5, points: 20),
        new VelocityRule(FraudVelocity.CardsPerCustomer, TimeSpan.FromHours(24), above: 2, points: 40),
        new VelocityRule(FraudVelocity.AddressesPerEmail, TimeSpan.FromDays(7), above: 3, points: 25),
        new VelocityRule(FraudVelocity.EmailsPerAddress, TimeSpan.FromDays(7), above: 3, points: 30),
        new CountryMismatchRule(15),
    ]);
}
