namespace Oms.Domain.Fraud;

/// <summary>Scores an order against fraud rules: a pure function of the rules and the facts the caller gathered.</summary>
public static class FraudScorer
{
    /// <summary>
    /// Adds the points of every rule that applies to the order's channel and matches its facts, and decides by the
    /// rule set's thresholds. Throws <see cref="InvalidOperationException"/> if the facts lack a window a rule needs.
    /// </summary>
    public static FraudAssessment Assess(FraudRuleSet rules, FraudFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(facts);
        var matches = new List<FraudRuleMatch>();
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            if (rule.AppliesTo(facts.Channel) && rule.Match(facts) is { } reason)
                matches.Add(new FraudRuleMatch(i, rule.Type, rule.Points, reason));
        }
        var score = matches.Sum(m => m.Points);
        return new FraudAssessment(score, rules.DecisionFor(score), matches, rules.ReviewAt, rules.RejectAt, rules.Version);
    }
}
