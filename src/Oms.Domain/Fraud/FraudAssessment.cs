namespace Oms.Domain.Fraud;

public enum FraudDecision
{
    Accept,
    /// <summary>The order waits on a fraud hold in the review queue until an agent releases or cancels it.</summary>
    Review,
    Reject,
}

/// <summary>A rule that matched: its position in the rule set, its type, the points it added and why, in words.</summary>
public sealed record FraudRuleMatch(int RuleIndex, string RuleType, int Points, string Reason);

/// <summary>The outcome of scoring one order, with what the review queue and the timeline show.</summary>
/// <param name="RuleSetVersion">The version of the rules that scored the order (0: the built-in default).</param>
public sealed record FraudAssessment(int Score, FraudDecision Decision, IReadOnlyList<FraudRuleMatch> Matches,
    int ReviewAt, int RejectAt, int RuleSetVersion)
{
    /// <summary>One line for the order timeline, e.g. "Fraud score 35: accept (review at 50, reject at 100). First order… (+10)".</summary>
    public string Summary
    {
        get
        {
            var head = $"Fraud score {Score}: {Decision.ToString().ToLowerInvariant()} (review at {ReviewAt}, reject at {RejectAt}).";
            return Matches.Count == 0
                ? $"{head} No rule matched."
                : $"{head} {string.Join(" ", Matches.Select(m => $"{m.Reason} (+{m.Points})"))}";
        }
    }
}
