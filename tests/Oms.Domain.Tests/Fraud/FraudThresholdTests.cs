using FsCheck.Xunit;
using Oms.Domain.Fraud;
using static Oms.Domain.Tests.Fraud.FraudFixture;

namespace Oms.Domain.Tests.Fraud;

/// <summary>The score becomes a decision at the thresholds: review from reviewAt, reject from rejectAt.</summary>
public sealed class FraudThresholdTests
{
    /// <summary>Rules worth 1, 2, 4, 8, 16, 32 and 64 points, review at 50, reject at 100: any score 0..127 is reachable.</summary>
    private static readonly FraudRuleSet Binary = new(50, 100,
        [.. Enumerable.Range(0, 7).Select(bit => new RiskySkuRule(1 << bit, [$"SKU-{bit}"]))]);

    private static FraudAssessment Scored(int score)
        => FraudScorer.Assess(Binary, Facts() with { Skus = [.. Enumerable.Range(0, 7).Where(b => (score & (1 << b)) != 0).Select(b => $"SKU-{b}")] });

    [Theory]
    [InlineData(0, FraudDecision.Accept)]
    [InlineData(49, FraudDecision.Accept)]
    [InlineData(50, FraudDecision.Review)]
    [InlineData(99, FraudDecision.Review)]
    [InlineData(100, FraudDecision.Reject)]
    [InlineData(127, FraudDecision.Reject)]
    public void The_score_is_decided_at_the_thresholds(int score, FraudDecision decision)
    {
        var assessment = Scored(score);
        Assert.Equal(score, assessment.Score);
        Assert.Equal(decision, assessment.Decision);
    }

    [Fact]
    public void An_order_that_matches_no_rule_is_accepted_with_score_zero()
    {
        var assessment = FraudScorer.Assess(FraudRuleSet.Default, Facts());
        Assert.Equal((0, FraudDecision.Accept), (assessment.Score, assessment.Decision));
        Assert.Equal("Fraud score 0: accept (review at 50, reject at 100). No rule matched.", assessment.Summary);
    }

    [Fact]
    public void The_summary_gives_the_score_the_decision_and_each_reason_with_its_points()
    {
        var facts = Facts(total: 1500m) with { IsFirstOrder = true, BillingCountry = "BE" };
        var assessment = FraudScorer.Assess(FraudRuleSet.Default, facts);
        Assert.Equal(FraudDecision.Review, assessment.Decision);
        Assert.Equal("Fraud score 50: review (review at 50, reject at 100). Order total 1500.00 EUR is above 1000.00 EUR. (+25) "
            + "First order of this customer. (+10) Billing country BE differs from shipping country NL. (+15)", assessment.Summary);
    }

    [Fact]
    public void Card_testing_from_a_drop_address_is_rejected_by_the_default_rules()
    {
        var facts = Facts(day: Quiet with { CardsByCustomer = 4, OrdersByCustomer = 7 }, week: Quiet with { EmailsForAddress = 5 });
        var assessment = FraudScorer.Assess(FraudRuleSet.Default, facts);
        Assert.Equal(90, assessment.Score);
        Assert.Equal(FraudDecision.Review, assessment.Decision);
        Assert.Equal(FraudDecision.Reject, FraudScorer.Assess(FraudRuleSet.Default, facts with { IsFirstOrder = true }).Decision);
    }

    [Fact]
    public void The_assessment_names_the_rule_set_version()
        => Assert.Equal(7, FraudScorer.Assess(FraudRuleSet.Default.WithVersion(7), Facts()).RuleSetVersion);

    [Fact]
    public void The_rule_set_lists_each_window_its_rules_need_once_shortest_first()
        => Assert.Equal([Day, Week], FraudRuleSet.Default.Windows);

    [Property]
    public bool A_higher_score_never_gets_a_milder_decision(byte a, byte b)
    {
        var (low, high) = (Math.Min(a % 128, b % 128), Math.Max(a % 128, b % 128));
        return Scored(low).Decision <= Scored(high).Decision;
    }

    [Property]
    public bool The_score_is_the_sum_of_the_matched_points(byte b)
    {
        var assessment = Scored(b % 128);
        return assessment.Score == assessment.Matches.Sum(m => m.Points) && assessment.Score == b % 128;
    }
}
