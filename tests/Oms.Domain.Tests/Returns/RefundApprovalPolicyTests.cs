using Oms.Domain.Common;
using Oms.Domain.Returns;

namespace Oms.Domain.Tests.Returns;

public sealed class RefundApprovalPolicyTests
{
    private static readonly RefundApprovalPolicy Policy = RefundApprovalPolicy.Default;

    private static RefundApprovalFacts Facts(decimal total = 40m, decimal goodwill = 0m, bool received = true, bool claim = false,
        string currency = "EUR") => new(currency, total, goodwill, received, claim);

    [Fact]
    public void A_refund_below_every_threshold_is_approved_automatically()
    {
        var decision = Policy.Decide(Facts());

        Assert.Equal((ApprovalOutcome.AutoApprove, 0), (decision.Outcome, decision.Reasons.Count));
    }

    [Fact]
    public void A_refund_above_the_amount_waits_for_a_person()
        => Assert.Equal(["the refund of 250.01 EUR is above the limit of 250.00 EUR"], Policy.Decide(Facts(total: 250.01m)).Reasons);

    [Fact]
    public void A_refund_before_the_goods_are_received_waits_unless_the_policy_allows_it()
    {
        Assert.Equal(["the refund would be paid before the goods are received"], Policy.Decide(Facts(received: false)).Reasons);
        Assert.False(new RefundApprovalPolicy(refundBeforeReceiptNeedsApproval: false).Decide(Facts(received: false)).NeedsApproval);
    }

    [Fact]
    public void A_claim_without_a_return_waits()
        => Assert.Equal(["a claim is refunded without the goods coming back"], Policy.Decide(Facts(received: false, claim: true)).Reasons);

    [Fact]
    public void Goodwill_above_the_limit_waits_and_every_reason_is_listed()
    {
        var decision = Policy.Decide(Facts(total: 300m, goodwill: 30m));

        Assert.True(decision.NeedsApproval);
        Assert.Equal(2, decision.Reasons.Count);
        Assert.Contains("goodwill of 30.00 EUR is above the limit of 25.00 EUR", decision.Reasons);
    }

    [Fact]
    public void A_currency_without_a_limit_waits_for_a_person()
        => Assert.Equal(["no automatic approval limit is set for JPY"], Policy.Decide(Facts(currency: "JPY")).Reasons);

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var e = Assert.Throws<BusinessRuleException>(() => new RefundApprovalPolicy(new Dictionary<string, decimal> { ["EUR"] = -1m }));

        Assert.Contains("approveAbove.EUR", e.Errors.Keys);
    }
}
